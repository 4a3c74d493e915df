package org.crmkit.core.access;

import java.util.Objects;
import java.util.regex.Pattern;

/** What is done to a resource: the standard actions, or one an ERP vendor defines (e.g. {@code acme:approve}). */
public record Action(String name) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?");

    public static final Action CREATE = new Action("create");
    public static final Action READ = new Action("read");
    public static final Action UPDATE = new Action("update");
    public static final Action DELETE = new Action("delete");
    public static final Action ASSIGN = new Action("assign");
    public static final Action SHARE = new Action("share");
    public static final Action EXPORT = new Action("export");

    public Action {
        Objects.requireNonNull(name, "action");
        if (!SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("an action is a lower-case name, optionally 'vendor:name': " + name);
        }
    }

    public static Action of(String name) {
        return new Action(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
