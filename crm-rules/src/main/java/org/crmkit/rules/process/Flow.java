package org.crmkit.rules.process;

import java.util.Objects;
import java.util.Optional;

/**
 * A directed edge of the process graph. Flows leaving a decision are its branches and carry an outcome;
 * exactly one of them is marked {@code otherwise}: the way the process goes when the condition is not met.
 */
public record Flow(NodeId from, NodeId to, Optional<Outcome> outcome, boolean otherwise) {
    public Flow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(outcome, "outcome");
        if (otherwise && outcome.isEmpty()) {
            throw new IllegalArgumentException("an otherwise branch needs an outcome label: " + from + " -> " + to);
        }
    }

    public static Flow plain(NodeId from, NodeId to) {
        return new Flow(from, to, Optional.empty(), false);
    }

    public static Flow branch(NodeId decision, Outcome outcome, NodeId to) {
        return new Flow(decision, to, Optional.of(outcome), false);
    }

    public static Flow otherwise(NodeId decision, Outcome outcome, NodeId to) {
        return new Flow(decision, to, Optional.of(outcome), true);
    }

    public boolean isBranch() {
        return outcome.isPresent();
    }
}
