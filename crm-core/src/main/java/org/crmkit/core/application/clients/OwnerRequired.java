package org.crmkit.core.application.clients;

import org.crmkit.core.shared.DomainException;

/**
 * A trusted job (an import) onboarded a client without naming its owner: in a system context nobody acts who
 * could own it by default.
 */
public final class OwnerRequired extends DomainException {
    OwnerRequired() {
        super("client.owner-required", "a client onboarded in a system context needs an owner",
                "клиенту, заведённому в системном контексте, нужен ответственный");
    }
}
