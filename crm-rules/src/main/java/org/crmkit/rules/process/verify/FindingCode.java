package org.crmkit.rules.process.verify;

import java.util.Locale;

/**
 * The kinds of defect the verifiers find, each with a stable code for tests, logs and integrations.
 * Codes shared by {@link ProcessVerifier} and {@link TransitionGraphVerifier} mean the same thing in both:
 * a state machine is checked like a process whose terminal states are its ends.
 */
public enum FindingCode {
    NO_START(Severity.ERROR),
    SEVERAL_STARTS(Severity.ERROR),
    NO_END(Severity.ERROR),
    /** A node (or state) no run can reach from the start. */
    UNREACHABLE(Severity.ERROR),
    /** A node with no way on that is not an end: a run reaching it is stuck. */
    DEAD_END(Severity.ERROR),
    /** Nodes that lead only to each other, with no end among them: a run entering them never finishes. */
    CLOSED_CYCLE(Severity.ERROR),
    /** A decision that does not say what happens when its condition is not met. */
    DECISION_WITHOUT_OTHERWISE(Severity.ERROR),
    DECISION_TOO_FEW_BRANCHES(Severity.ERROR),
    STEP_WITHOUT_ROLE(Severity.ERROR),
    STEP_WITHOUT_DEADLINE(Severity.ERROR),
    ROLE_NOT_PARTICIPANT(Severity.ERROR),
    SUBPROCESS_UNRESOLVED(Severity.ERROR),
    /** A subprocess that, directly or through other processes, runs the process that contains it. */
    SUBPROCESS_RECURSIVE(Severity.ERROR),
    /** A state named by a transition or terminal class that is not among the declared states. */
    UNKNOWN_STATE(Severity.ERROR),
    /** An open state from which some terminal class (e.g. won, or lost) cannot be reached. */
    TERMINAL_UNREACHABLE(Severity.ERROR),
    STEP_WITHOUT_EFFECT(Severity.WARNING),
    /** A step repeating (same name, role and effect) a step that every path to it has already passed. */
    DUPLICATE_STEP(Severity.WARNING),
    PROCESS_TOO_LARGE(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The stable external form, e.g. {@code process.dead-end}. */
    public String code() {
        return "process." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
