package org.crmkit.core.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a permission is about: one of the aggregates, reports or exports, or a resource an ERP vendor defines
 * in its own namespace (e.g. {@code acme:contract}).
 */
public record Resource(String name) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?");

    public static final Resource CLIENT = new Resource("client");
    public static final Resource CONTACT = new Resource("contact");
    public static final Resource DEAL = new Resource("deal");
    public static final Resource CLAIM = new Resource("claim");
    public static final Resource TASK = new Resource("task");
    public static final Resource INTERACTION = new Resource("interaction");
    public static final Resource CAMPAIGN = new Resource("campaign");
    public static final Resource EMPLOYEE = new Resource("employee");
    public static final Resource DEPARTMENT = new Resource("department");
    public static final Resource REPORT = new Resource("report");
    public static final Resource EXPORT = new Resource("export");
    public static final Resource AUDIT_TRAIL = new Resource("audit-trail");

    public Resource {
        Objects.requireNonNull(name, "resource");
        if (!SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("a resource is a lower-case name, optionally 'vendor:name': " + name);
        }
    }

    public static Resource of(String name) {
        return new Resource(name);
    }

    public Permission to(Action action) {
        return new Permission(this, action);
    }

    @Override
    public String toString() {
        return name;
    }
}
