package org.crmkit.core.shared;

import java.util.List;
import java.util.Objects;

/**
 * A company guard's answer on a status move of an aggregate (a claim, a task): the move goes ahead when there are
 * no violations. The trace says in plain words how the answer was reached (which rules ran and what they saw).
 * Deals keep their own {@code GateDecision}; this is the same shape for aggregates other than deals.
 *
 * @param trace a human-readable explanation; empty when the guard has nothing to say
 */
public record GuardDecision(List<Violation> violations, String trace) {
    private static final GuardDecision ALLOW = new GuardDecision(List.of(), "");

    public GuardDecision {
        violations = List.copyOf(violations);
        trace = Objects.requireNonNullElse(trace, "");
    }

    public static GuardDecision allow() {
        return ALLOW;
    }

    /** A refusal; it names at least one violation, otherwise it would refuse nothing. */
    public static GuardDecision refuse(List<Violation> violations, String trace) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one violation");
        }
        return new GuardDecision(violations, trace);
    }

    public boolean allowed() {
        return violations.isEmpty();
    }

    /**
     * One rule the move breaks.
     *
     * @param code  stable identifier, e.g. {@code claim.reject-needs-review}
     * @param field the field the rule is about, or null
     */
    public record Violation(String code, String field, String messageEn, String messageRu) {
        public Violation {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(messageEn, "messageEn");
            Objects.requireNonNull(messageRu, "messageRu");
        }
    }
}
