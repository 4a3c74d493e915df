package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessNode;
import org.crmkit.rules.process.verify.ProcessVerifier;

/**
 * One move of a run, from the node just left to the next step or the final end, on a copy of the run's
 * frames: if anything on the way fails (an unknown outcome, a vanished subprocess), the run is untouched.
 */
final class Walk {
    /** Automatic moves (decisions, subprocess boundaries) allowed between two steps before giving up. */
    private static final int MOVE_LIMIT = 10_000;

    private final ProcessInstanceId instance;
    private final SubjectRef subject;
    private final ProcessEnvironment environment;
    private final Stamp stamp;
    final Deque<Frame> frames;
    final List<ProcessHistoryEntry> log = new ArrayList<>();
    NodeId finalEnd;

    Walk(ProcessInstanceId instance, SubjectRef subject, ProcessEnvironment environment, Stamp stamp, Deque<Frame> frames) {
        this.instance = instance;
        this.subject = subject;
        this.environment = environment;
        this.stamp = stamp;
        this.frames = new ArrayDeque<>(frames);
    }

    static NodeId startOf(ProcessDefinition definition) {
        return definition.nodesOf(NodeKind.START).get(0).id();
    }

    void record(ProcessDefinition definition, NodeId node, ProcessHistoryEntry.Kind kind, Optional<Outcome> outcome) {
        record(definition, node, kind, outcome, Optional.empty());
    }

    void record(ProcessDefinition definition, NodeId node, ProcessHistoryEntry.Kind kind, Optional<Outcome> outcome,
                Optional<Assignment> assignment) {
        log.add(new ProcessHistoryEntry(stamp.at(), stamp.by(), definition.key(), node, kind, outcome, assignment));
    }

    /** Moves on from {@code node} of the innermost frame; returns the work handed out (none once finished). */
    List<WorkItem> from(NodeId node, Optional<Outcome> given) {
        NodeId next = onlySuccessor(frames.peek().definition(), node);
        boolean firstDecision = true;
        for (int moves = 1; moves <= MOVE_LIMIT; moves++) {
            ProcessDefinition definition = frames.peek().definition();
            ProcessNode current = definition.node(next).orElseThrow();
            if (current instanceof ProcessNode.Step step) {
                at(step.id());
                return List.of(workItem(definition, step));
            } else if (current instanceof ProcessNode.Decision decision) {
                Flow branch = choose(definition, decision, given, firstDecision);
                firstDecision = false;
                record(definition, decision.id(), ProcessHistoryEntry.Kind.DECISION_TAKEN, branch.outcome());
                next = branch.to();
                continue;
            }
            // The step's outcome answered the decisions right after it; later ones are decided afresh.
            given = Optional.empty();
            if (current instanceof ProcessNode.Subprocess sub) {
                ProcessDefinition child = environment.catalog().find(sub.process())
                        .orElseThrow(() -> new SubprocessNotFound(sub.process()));
                ProcessVerifier.verify(child, environment.catalog()).requireSound();
                at(sub.id());
                record(definition, sub.id(), ProcessHistoryEntry.Kind.SUBPROCESS_ENTERED, Optional.empty());
                NodeId start = startOf(child);
                frames.push(new Frame(child, start));
                record(child, start, ProcessHistoryEntry.Kind.STARTED, Optional.empty());
                next = onlySuccessor(child, start);
            } else {
                record(definition, next, ProcessHistoryEntry.Kind.ENDED, Optional.empty());
                frames.pop();
                if (frames.isEmpty()) {
                    finalEnd = next;
                    return List.of();
                }
                next = onlySuccessor(frames.peek().definition(), frames.peek().at());
            }
        }
        throw new ProcessLoopsWithoutWork(next, MOVE_LIMIT);
    }

    private void at(NodeId node) {
        Frame top = frames.pop();
        frames.push(new Frame(top.definition(), node));
    }

    private Flow choose(ProcessDefinition definition, ProcessNode.Decision decision, Optional<Outcome> given,
                        boolean firstDecision) {
        List<Flow> branches = definition.outgoing(decision.id());
        List<Outcome> known = branches.stream().map(f -> f.outcome().orElseThrow()).toList();
        if (given.isPresent()) {
            Optional<Flow> chosen = branch(branches, given.get());
            if (chosen.isPresent()) {
                return chosen.get();
            }
            if (firstDecision) {
                // An outcome meant for this decision but matching none of its branches is a mistake, not a hint.
                throw new UnknownOutcome(decision.id(), given.get(), known);
            }
        }
        Optional<Outcome> resolved = environment.decisions().resolve(subject, definition.key(), decision);
        if (resolved.isEmpty()) {
            throw new DecisionUnresolved(decision.id(), known);
        }
        return branch(branches, resolved.get()).orElseThrow(() -> new UnknownOutcome(decision.id(), resolved.get(), known));
    }

    private static Optional<Flow> branch(List<Flow> branches, Outcome outcome) {
        return branches.stream().filter(f -> f.outcome().orElseThrow().equals(outcome)).findFirst();
    }

    private WorkItem workItem(ProcessDefinition definition, ProcessNode.Step step) {
        Deadline deadline = step.deadline().orElseThrow();
        Instant due = deadline instanceof Deadline.Within within
                ? stamp.at().plus(within.duration())
                : environment.calendar().addBusinessDays(stamp.at(), ((Deadline.BusinessDays) deadline).days());
        return new WorkItem(instance, definition.key(), step.id(), step.name(), step.responsible().orElseThrow(), due);
    }

    /** Verified definitions give every node but a decision or an end exactly one way on. */
    private static NodeId onlySuccessor(ProcessDefinition definition, NodeId node) {
        return definition.outgoing(node).get(0).to();
    }
}
