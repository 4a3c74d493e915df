package org.crmkit.rules.process;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id of a node within one process definition; counterexample paths are lists of these. */
public record NodeId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:?-]*");

    public NodeId {
        Objects.requireNonNull(value, "node id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a node id is letters, digits and '_', '.', ':', '?', '-': " + value);
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
