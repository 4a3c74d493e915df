package org.crmkit.core.access;

import java.util.Objects;

/** A (resource, action) pair such as {@code deal.read}: the unit that roles grant and forbid. */
public record Permission(Resource resource, Action action) {
    public Permission {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
    }

    public static Permission of(Resource resource, Action action) {
        return new Permission(resource, action);
    }

    /** Parses {@code "deal.read"} or {@code "acme:contract.acme:approve"}. */
    public static Permission parse(String text) {
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("a permission reads 'resource.action': " + text);
        }
        return new Permission(Resource.of(text.substring(0, dot)), Action.of(text.substring(dot + 1)));
    }

    @Override
    public String toString() {
        return resource + "." + action;
    }
}
