package org.crmkit.rules.process;

import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.organisation.RoleName;

/**
 * A node of a process graph. Steps may lack a role or a deadline so that an incomplete draft can be
 * represented and then told what is missing by the {@code ProcessVerifier}; everything else is validated here.
 */
public sealed interface ProcessNode {
    NodeId id();

    NodeKind kind();

    /** Where every run begins; a process has exactly one. */
    record Start(NodeId id) implements ProcessNode {
        public Start {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public NodeKind kind() {
            return NodeKind.START;
        }
    }

    /** Work a person in the responsible role must do before the deadline. */
    record Step(NodeId id, String name, Optional<RoleName> responsible, Optional<Deadline> deadline, Effect effect)
            implements ProcessNode {
        public Step {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a step needs a name: " + id);
            }
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(effect, "effect");
        }

        @Override
        public NodeKind kind() {
            return NodeKind.STEP;
        }
    }

    /** A condition; its outgoing flows are the branches, one of which says what happens when it is not met. */
    record Decision(NodeId id, String condition) implements ProcessNode {
        public Decision {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(condition, "condition");
            if (condition.isBlank()) {
                throw new IllegalArgumentException("a decision needs a condition: " + id);
            }
        }

        @Override
        public NodeKind kind() {
            return NodeKind.DECISION;
        }
    }

    /** Runs another process (found by key in a {@code ProcessCatalog}) to its end, then continues. */
    record Subprocess(NodeId id, ProcessKey process) implements ProcessNode {
        public Subprocess {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(process, "process");
        }

        @Override
        public NodeKind kind() {
            return NodeKind.SUBPROCESS;
        }
    }

    /** Where a run finishes; a process may have several (e.g. resolved, rejected). */
    record End(NodeId id) implements ProcessNode {
        public End {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public NodeKind kind() {
            return NodeKind.END;
        }
    }
}
