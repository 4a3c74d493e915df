package org.crmkit.core.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a user class (role) an employee holds, e.g. {@code sales-manager}. Typed so that roles are never
 * compared as loose strings; what a role may do is defined by the access policy, not here.
 */
public record RoleName(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*([-.:][a-z0-9]+)*");

    public RoleName {
        Objects.requireNonNull(value, "role name");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a role name is lower-case words joined by '-', '.' or ':': " + value);
        }
    }

    public static RoleName of(String value) {
        return new RoleName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
