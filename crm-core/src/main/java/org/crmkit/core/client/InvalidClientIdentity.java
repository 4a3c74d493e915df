package org.crmkit.core.client;

import org.crmkit.core.shared.DomainException;

/**
 * The names or tax ids given do not fit the kind of client: a company needs a legal name, a person a person's
 * name, and each carries only the tax ids its kind is registered with.
 */
public final class InvalidClientIdentity extends DomainException {
    public InvalidClientIdentity(String messageEn, String messageRu) {
        super("client.identity-invalid", messageEn, messageRu);
    }
}
