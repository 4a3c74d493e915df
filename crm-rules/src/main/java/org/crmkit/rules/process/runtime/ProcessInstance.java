package org.crmkit.rules.process.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.verify.ProcessVerifier;

/**
 * One run of a verified process for one subject (a client, deal or claim). The run waits at one step at a
 * time; completing it moves the run along — through decisions (decided by the completion's outcome or by the
 * {@link DecisionResolver}), into subprocesses (run inline, returning to the parent when they end) — to the
 * next step, whose work item is returned, or to an end, which finishes the run. Every move is recorded in the
 * history, and a completion that fails leaves the run as it was.
 *
 * <p>Illegal moves are named exceptions: {@link ProcessNotStarted}, {@link ProcessAlreadyStarted},
 * {@link ProcessAlreadyFinished}, {@link StepNotCurrent}, {@link UnknownOutcome}, {@link DecisionUnresolved}.
 */
public final class ProcessInstance extends AggregateRoot<ProcessInstanceId> {
    private final ProcessDefinition definition;
    private final SubjectRef subject;
    private final ProcessEnvironment environment;
    private Deque<Frame> frames = new ArrayDeque<>();
    private List<WorkItem> openWork = List.of();
    private final List<ProcessHistoryEntry> history = new ArrayList<>();
    private boolean started;
    private NodeId end;

    private ProcessInstance(ProcessInstanceId id, ProcessDefinition definition, SubjectRef subject,
                            ProcessEnvironment environment) {
        super(id, 0);
        this.definition = definition;
        this.subject = subject;
        this.environment = environment;
    }

    /**
     * A run not yet started.
     *
     * @throws org.crmkit.rules.process.verify.UnsoundDefinition if the definition does not pass verification
     */
    public static ProcessInstance create(ProcessInstanceId id, ProcessDefinition definition, SubjectRef subject,
                                         ProcessEnvironment environment) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(environment, "environment");
        ProcessVerifier.verify(definition, environment.catalog()).requireSound();
        return new ProcessInstance(id, definition, subject, environment);
    }

    /** Starts the run; returns the work item of the first step (none if the process goes straight to an end). */
    public List<WorkItem> start(Stamp stamp) {
        if (started) {
            throw new ProcessAlreadyStarted(id());
        }
        Walk walk = walk(stamp);
        NodeId start = Walk.startOf(definition);
        walk.frames.push(new Frame(definition, start));
        walk.record(definition, start, ProcessHistoryEntry.Kind.STARTED, Optional.empty());
        List<WorkItem> work = walk.from(start, Optional.empty());
        started = true;
        raise(new ProcessStarted(id(), definition.key(), definition.version(), subject, stamp.by(), stamp.at()));
        return commit(walk, work, stamp);
    }

    public List<WorkItem> completeStep(NodeId step, Stamp stamp) {
        return complete(step, Optional.empty(), stamp);
    }

    /** Completes the current step with an outcome, which decides the decision that follows it. */
    public List<WorkItem> completeStep(NodeId step, Outcome outcome, Stamp stamp) {
        return complete(step, Optional.of(outcome), stamp);
    }

    private List<WorkItem> complete(NodeId step, Optional<Outcome> outcome, Stamp stamp) {
        Objects.requireNonNull(step, "step");
        if (!started) {
            throw new ProcessNotStarted(id());
        }
        if (isFinished()) {
            throw new ProcessAlreadyFinished(id());
        }
        if (openWork.stream().noneMatch(w -> w.step().equals(step))) {
            throw new StepNotCurrent(id(), step, currentNodes());
        }
        Walk walk = walk(stamp);
        ProcessKey process = walk.frames.peek().definition().key();
        walk.record(walk.frames.peek().definition(), step, ProcessHistoryEntry.Kind.STEP_COMPLETED, outcome);
        List<WorkItem> work = walk.from(step, outcome);
        raise(new ProcessStepCompleted(id(), process, step, outcome, stamp.by(), stamp.at()));
        return commit(walk, work, stamp);
    }

    private Walk walk(Stamp stamp) {
        return new Walk(id(), subject, environment, Objects.requireNonNull(stamp, "stamp"), frames);
    }

    private List<WorkItem> commit(Walk walk, List<WorkItem> work, Stamp stamp) {
        frames = walk.frames;
        history.addAll(walk.log);
        openWork = work;
        if (walk.finalEnd != null) {
            end = walk.finalEnd;
            raise(new ProcessFinished(id(), definition.key(), end, stamp.by(), stamp.at()));
        }
        return work;
    }

    public ProcessKey processKey() {
        return definition.key();
    }

    public int definitionVersion() {
        return definition.version();
    }

    public SubjectRef subject() {
        return subject;
    }

    /** Where the run waits, from the outermost process in: the subprocess nodes entered, then the step. */
    public List<NodeId> currentNodes() {
        List<NodeId> nodes = new ArrayList<>();
        for (Iterator<Frame> outermostFirst = frames.descendingIterator(); outermostFirst.hasNext(); ) {
            nodes.add(outermostFirst.next().at());
        }
        return nodes;
    }

    public List<WorkItem> openWorkItems() {
        return openWork;
    }

    public List<ProcessHistoryEntry> history() {
        return List.copyOf(history);
    }

    public boolean isFinished() {
        return end != null;
    }

    /** The end of the top-level process the run finished at. */
    public Optional<NodeId> endReached() {
        return Optional.ofNullable(end);
    }
}
