package org.crmkit.rules.process.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.verify.ProcessVerifier;

/**
 * One run of a verified process for one subject (a client, deal or claim). The run waits at one step at a
 * time; completing it moves the run along — through decisions (decided by the completion's outcome or by the
 * {@link DecisionResolver}), into subprocesses (run inline, returning to the parent when they end) — to the
 * next step, whose work item is returned, or to an end, which finishes the run. A work item handed to a
 * person is recorded with its task ({@link #assign}). Every move is recorded in the history, and a move that
 * fails leaves the run as it was.
 *
 * <p>The run holds only data (its definition, where it stands, its history); the {@link ProcessEnvironment}
 * is given to each move, so a run can be stored ({@link #snapshot()}, {@link #restore}) and continued later.
 *
 * <p>Illegal moves are named exceptions: {@link ProcessNotStarted}, {@link ProcessAlreadyStarted},
 * {@link ProcessAlreadyFinished}, {@link StepNotCurrent}, {@link UnknownOutcome}, {@link DecisionUnresolved},
 * {@link WorkAlreadyAssigned}.
 */
public final class ProcessInstance extends AggregateRoot<ProcessInstanceId> {
    private final ProcessDefinition definition;
    private final SubjectRef subject;
    private Deque<Frame> frames = new ArrayDeque<>();
    private List<WorkItem> openWork = List.of();
    /** The tasks of open work, by step; cleared as the run moves on. */
    private final Map<NodeId, Assignment> assignments = new LinkedHashMap<>();
    private final List<ProcessHistoryEntry> history = new ArrayList<>();
    private boolean started;
    private NodeId end;

    private ProcessInstance(ProcessInstanceId id, long version, ProcessDefinition definition, SubjectRef subject) {
        super(id, version);
        this.definition = definition;
        this.subject = subject;
    }

    /**
     * A run not yet started.
     *
     * @param catalog where the subprocesses the definition refers to are found, for verification
     * @throws org.crmkit.rules.process.verify.UnsoundDefinition if the definition does not pass verification
     */
    public static ProcessInstance create(ProcessInstanceId id, ProcessDefinition definition, SubjectRef subject,
                                         ProcessCatalog catalog) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(catalog, "catalog");
        ProcessVerifier.verify(definition, catalog).requireSound();
        return new ProcessInstance(id, 0, definition, subject);
    }

    /** Rebuilds a stored run exactly as it was saved (the way persistence loads it: no checks, no events). */
    public static ProcessInstance restore(Snapshot s, long version) {
        ProcessInstance run = new ProcessInstance(s.id(), version, s.definition(), s.subject());
        run.started = s.started();
        s.frames().forEach(run.frames::push);
        run.openWork = s.openWork();
        run.assignments.putAll(s.assignments());
        run.history.addAll(s.history());
        run.end = s.end().orElse(null);
        return run;
    }

    /** Starts the run; returns the work item of the first step (none if the process goes straight to an end). */
    public List<WorkItem> start(Stamp stamp, ProcessEnvironment environment) {
        if (started) {
            throw new ProcessAlreadyStarted(id());
        }
        Walk walk = walk(stamp, environment);
        NodeId start = Walk.startOf(definition);
        walk.frames.push(new Frame(definition, start));
        walk.record(definition, start, ProcessHistoryEntry.Kind.STARTED, Optional.empty());
        List<WorkItem> work = walk.from(start, Optional.empty());
        started = true;
        raise(new ProcessStarted(id(), definition.key(), definition.version(), subject, stamp.by(), stamp.at()));
        return commit(walk, work, stamp);
    }

    public List<WorkItem> completeStep(NodeId step, Stamp stamp, ProcessEnvironment environment) {
        return complete(step, Optional.empty(), stamp, environment);
    }

    /** Completes the current step with an outcome, which decides the decision that follows it. */
    public List<WorkItem> completeStep(NodeId step, Outcome outcome, Stamp stamp, ProcessEnvironment environment) {
        return complete(step, Optional.of(outcome), stamp, environment);
    }

    /** Completes the current step, with an outcome when the completion gave one. */
    public List<WorkItem> completeStep(NodeId step, Optional<Outcome> outcome, Stamp stamp,
                                       ProcessEnvironment environment) {
        return complete(step, Objects.requireNonNull(outcome, "outcome"), stamp, environment);
    }

    private List<WorkItem> complete(NodeId step, Optional<Outcome> outcome, Stamp stamp,
                                    ProcessEnvironment environment) {
        Objects.requireNonNull(step, "step");
        requireOpen(step);
        Walk walk = walk(stamp, environment);
        ProcessKey process = walk.frames.peek().definition().key();
        walk.record(walk.frames.peek().definition(), step, ProcessHistoryEntry.Kind.STEP_COMPLETED, outcome,
                Optional.ofNullable(assignments.get(step)));
        List<WorkItem> work = walk.from(step, outcome);
        raise(new ProcessStepCompleted(id(), process, step, outcome, stamp.by(), stamp.at()));
        return commit(walk, work, stamp);
    }

    /**
     * Records that the open step was handed to a person as a task (by {@code stamp.by()}, at
     * {@code stamp.at()}), so that completing the task can be traced back to the step.
     *
     * @throws StepNotCurrent       if the run is not waiting for that step
     * @throws WorkAlreadyAssigned  if the step already has a task
     */
    public void assign(NodeId step, TaskId task, EmployeeId assignee, Stamp stamp) {
        Objects.requireNonNull(stamp, "stamp");
        WorkItem work = requireOpen(step);
        Assignment assignment = new Assignment(task, assignee);
        Assignment existing = assignments.get(step);
        if (existing != null) {
            throw new WorkAlreadyAssigned(id(), step, existing);
        }
        assignments.put(step, assignment);
        history.add(new ProcessHistoryEntry(stamp.at(), stamp.by(), work.process(), step,
                ProcessHistoryEntry.Kind.STEP_ASSIGNED, Optional.empty(), Optional.of(assignment)));
        raise(new ProcessStepAssigned(id(), work.process(), step, task, assignee, stamp.by(), stamp.at()));
    }

    private WorkItem requireOpen(NodeId step) {
        Objects.requireNonNull(step, "step");
        if (!started) {
            throw new ProcessNotStarted(id());
        }
        if (isFinished()) {
            throw new ProcessAlreadyFinished(id());
        }
        return openWork.stream().filter(w -> w.step().equals(step)).findFirst()
                .orElseThrow(() -> new StepNotCurrent(id(), step, currentNodes()));
    }

    private Walk walk(Stamp stamp, ProcessEnvironment environment) {
        return new Walk(id(), subject, Objects.requireNonNull(environment, "environment"),
                Objects.requireNonNull(stamp, "stamp"), frames);
    }

    private List<WorkItem> commit(Walk walk, List<WorkItem> work, Stamp stamp) {
        frames = walk.frames;
        history.addAll(walk.log);
        openWork = work;
        assignments.clear();
        if (walk.finalEnd != null) {
            end = walk.finalEnd;
            raise(new ProcessFinished(id(), definition.key(), end, stamp.by(), stamp.at()));
        }
        return work;
    }

    public ProcessDefinition definition() {
        return definition;
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

    /** The task an open step was handed out as, if it was. */
    public Optional<Assignment> assignmentOf(NodeId step) {
        return Optional.ofNullable(assignments.get(step));
    }

    /** The open work item handed out as this task; empty once the step is completed (or for another task). */
    public Optional<WorkItem> workOf(TaskId task) {
        return assignments.entrySet().stream().filter(e -> e.getValue().task().equals(task)).findFirst()
                .flatMap(e -> openWork.stream().filter(w -> w.step().equals(e.getKey())).findFirst());
    }

    public List<ProcessHistoryEntry> history() {
        return List.copyOf(history);
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return end != null;
    }

    /** The end of the top-level process the run finished at. */
    public Optional<NodeId> endReached() {
        return Optional.ofNullable(end);
    }

    /** Every field of the run, as persistence stores it. */
    public Snapshot snapshot() {
        List<Frame> outermostFirst = new ArrayList<>(frames);
        Collections.reverse(outermostFirst);
        return new Snapshot(id(), definition, subject, started, outermostFirst, openWork, assignments, history,
                Optional.ofNullable(end));
    }

    /**
     * The stored form of a run. The definitions travel by value (the one the run started with, and those of
     * the subprocesses it is inside) because a run keeps the version it started on even after the catalog has
     * moved on.
     *
     * @param frames      where the run stands, outermost process first (empty before the start and after the end)
     * @param openWork    the work items the run waits for
     * @param assignments the tasks those work items were handed out as, by step
     */
    public record Snapshot(ProcessInstanceId id, ProcessDefinition definition, SubjectRef subject, boolean started,
                           List<Frame> frames, List<WorkItem> openWork, Map<NodeId, Assignment> assignments,
                           List<ProcessHistoryEntry> history, Optional<NodeId> end) {
        public Snapshot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(subject, "subject");
            frames = List.copyOf(frames);
            openWork = List.copyOf(openWork);
            assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
            history = List.copyOf(history);
            Objects.requireNonNull(end, "end");
        }
    }
}
