package org.crmkit.core.access;

import java.util.Objects;

/**
 * An explicit deny that beats every grant and every share: the permission is refused on every record its scope
 * admits (the mirror of a grant). {@code deal.delete} forbidden at ALL is refused everywhere; {@code deal.approve}
 * forbidden at OWN is refused on the actor's own deals only (four eyes).
 */
public record Forbid(Permission permission, Scope scope) {
    public Forbid {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(scope, "scope");
    }

    public static Forbid everywhere(Permission permission) {
        return new Forbid(permission, Scope.ALL);
    }

    @Override
    public String toString() {
        return "forbid " + permission + (scope == Scope.ALL ? "" : " at " + scope);
    }
}
