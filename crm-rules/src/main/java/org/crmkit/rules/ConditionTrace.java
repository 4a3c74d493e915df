package org.crmkit.rules;

import java.util.List;

/**
 * How one node of a condition evaluated: the expression, the values it saw, its result, and its children.
 * A child after the one that decided an {@code and}/{@code or} is {@link Result#NOT_EVALUATED}.
 */
public record ConditionTrace(String expression, Result result, List<Seen> seen, List<ConditionTrace> children,
                             String note) {
    public enum Result { TRUE, FALSE, NOT_EVALUATED }

    /** A value a node read: {@code amount = 500}; null means absent. */
    public record Seen(String what, Object value) {
        @Override
        public String toString() {
            return what + " = " + (value == null ? "(absent)" : value);
        }
    }

    public ConditionTrace {
        seen = List.copyOf(seen);
        children = List.copyOf(children);
        note = note == null ? "" : note;
    }

    public static ConditionTrace notEvaluated(String expression) {
        return new ConditionTrace(expression, Result.NOT_EVALUATED, List.of(), List.of(), "");
    }

    public boolean isTrue() {
        return result == Result.TRUE;
    }
}
