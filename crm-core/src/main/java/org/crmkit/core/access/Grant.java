package org.crmkit.core.access;

import java.util.Objects;

/** A role's permission to do something to the records within a scope, e.g. {@code deal.read} at DEPARTMENT. */
public record Grant(Permission permission, Scope scope) {
    public Grant {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String toString() {
        return permission + " at " + scope;
    }
}
