package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessKey;

/**
 * One thing that happened in a run, in order: who moved it, when, at which node (of which process, since
 * subprocesses run inline), for a completed step or a decision with which outcome, and for a step handed out
 * or completed through a task, which task and whose it was.
 */
public record ProcessHistoryEntry(Instant at, EmployeeId by, ProcessKey process, NodeId node, Kind kind,
                                  Optional<Outcome> outcome, Optional<Assignment> assignment) {
    /** What happened at the node; new kinds are only ever appended (stored runs keep their names). */
    public enum Kind { STARTED, STEP_COMPLETED, DECISION_TAKEN, SUBPROCESS_ENTERED, ENDED, STEP_ASSIGNED }

    public ProcessHistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(assignment, "assignment");
    }

    /** An entry that involves no task. */
    public ProcessHistoryEntry(Instant at, EmployeeId by, ProcessKey process, NodeId node, Kind kind,
                               Optional<Outcome> outcome) {
        this(at, by, process, node, kind, outcome, Optional.empty());
    }
}
