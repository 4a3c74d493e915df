package org.crmkit.core.deal;

import java.util.List;
import java.util.Objects;

/**
 * A stage gate's answer: the move passes when there are no violations. The trace explains in plain words how the
 * decision was reached (which rules ran, what they saw), so a blocked salesperson or an auditor can follow it.
 *
 * @param trace a human-readable explanation; empty when the gate has nothing to say
 */
public record GateDecision(List<GateViolation> violations, String trace) {
    private static final GateDecision PASS = new GateDecision(List.of(), "");

    public GateDecision {
        violations = List.copyOf(violations);
        trace = Objects.requireNonNullElse(trace, "");
    }

    public static GateDecision pass() {
        return PASS;
    }

    public static GateDecision pass(String trace) {
        return new GateDecision(List.of(), trace);
    }

    /** A refusal; it needs at least one violation, otherwise it would not refuse anything. */
    public static GateDecision blocked(List<GateViolation> violations, String trace) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a blocked decision names at least one violation");
        }
        return new GateDecision(violations, trace);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}
