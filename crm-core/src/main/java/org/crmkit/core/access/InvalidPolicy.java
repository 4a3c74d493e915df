package org.crmkit.core.access;

import org.crmkit.core.shared.DomainException;

/** A role or policy definition that cannot be used: a malformed permission, a duplicate or unknown role. */
public final class InvalidPolicy extends DomainException {
    InvalidPolicy(String en, String ru) {
        super("access.policy.invalid", en, ru);
    }
}
