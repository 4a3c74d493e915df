package org.crmkit.core.task;

import static org.crmkit.core.task.TaskStatus.BLOCKED;
import static org.crmkit.core.task.TaskStatus.CANCELLED;
import static org.crmkit.core.task.TaskStatus.DONE;
import static org.crmkit.core.task.TaskStatus.IN_PROGRESS;
import static org.crmkit.core.task.TaskStatus.NEW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.Stamp;

/**
 * An assignment to an employee, optionally along a route of steps done in turn by different people: who has
 * it now, who had it before (the delegation chain), its status history and its due time.
 *
 * <p>Overdue is never stored: it depends on the moment asked about, see {@link #isOverdueAt(Instant)}. Every
 * command checks all its rules before it changes anything, so a refused command leaves the task as it was.
 */
public final class Task extends AggregateRoot<TaskId> implements Accountable {
    private final String title;
    private final String description;
    private final EmployeeId creator;
    private final Instant createdAt;
    private EmployeeId assignee;
    private DepartmentId assigneeDepartment;
    private Instant due;
    private Priority priority;
    private final TaskLink link;
    private TaskStatus status;
    private final List<TaskStatusChange> history;
    private String blockedReason;
    private final List<Delegation> delegations;
    private final List<RouteStep> route;

    private Task(Snapshot s, long version) {
        super(s.id(), version);
        this.title = requireText(s.title(), "title");
        this.description = s.description();
        this.creator = Objects.requireNonNull(s.creator(), "creator");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.assignee = Objects.requireNonNull(s.assignee(), "assignee");
        this.assigneeDepartment = Objects.requireNonNull(s.assigneeDepartment(), "assigneeDepartment");
        this.due = s.due();
        this.priority = Objects.requireNonNull(s.priority(), "priority");
        this.link = Objects.requireNonNull(s.link(), "link");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.history = new ArrayList<>(s.history());
        this.blockedReason = s.blockedReason();
        this.delegations = new ArrayList<>(s.delegations());
        this.route = new ArrayList<>(s.route());
    }

    /**
     * Sets a task for one employee.
     *
     * @param due  when it should be done, or null
     * @param link what it is about, or null for nothing
     */
    public static Task create(TaskId id, String title, String description, EmployeeId assignee,
                              DepartmentId assigneeDepartment, Instant due, Priority priority, TaskLink link,
                              Stamp stamp) {
        return created(id, title, description, assignee, assigneeDepartment, due, priority, link, List.of(), stamp);
    }

    /** Sets a task that goes along a route; the first step's responsible has it first. */
    public static Task createWithRoute(TaskId id, String title, String description, List<RouteStepPlan> steps,
                                       Instant due, Priority priority, TaskLink link, Stamp stamp) {
        if (steps.isEmpty()) {
            throw new EmptyRoute();
        }
        List<RouteStep> route = new ArrayList<>();
        for (RouteStepPlan plan : steps) {
            route.add(RouteStep.planned(route.size(), plan));
        }
        RouteStepPlan first = steps.get(0);
        return created(id, title, description, first.responsible(), first.department(), due, priority, link, route,
                stamp);
    }

    private static Task created(TaskId id, String title, String description, EmployeeId assignee,
                                DepartmentId department, Instant due, Priority priority, TaskLink link,
                                List<RouteStep> route, Stamp stamp) {
        TaskStatusChange creation = new TaskStatusChange(null, NEW, stamp.by(), stamp.at(), null);
        Task task = new Task(new Snapshot(id, requireText(title, "title"), blankToNull(description), stamp.by(),
                stamp.at(), assignee, department, due, priority, link == null ? TaskLink.none() : link, NEW,
                List.of(creation), null, List.of(), route), 0);
        task.raise(new TaskCreated(id, task.title, assignee, department, due, priority, route.size(), stamp.by(),
                stamp.at()));
        return task;
    }

    /** Rebuilds a stored task; raises no events. */
    public static Task restore(Snapshot s, long version) {
        return new Task(s, version);
    }

    public void start(Stamp stamp) {
        requireFrom(IN_PROGRESS, NEW);
        moveTo(IN_PROGRESS, null, stamp);
        raise(new TaskStarted(id(), stamp.by(), stamp.at()));
    }

    public void block(String reason, Stamp stamp) {
        requireFrom(BLOCKED, NEW, IN_PROGRESS);
        requireReason(reason, "block a task");
        blockedReason = reason.strip();
        moveTo(BLOCKED, blockedReason, stamp);
        raise(new TaskBlocked(id(), blockedReason, stamp.by(), stamp.at()));
    }

    /** Removes the block; the task goes on in progress, even if it was blocked before it was started. */
    public void unblock(Stamp stamp) {
        requireFrom(IN_PROGRESS, BLOCKED);
        blockedReason = null;
        moveTo(IN_PROGRESS, null, stamp);
        raise(new TaskUnblocked(id(), stamp.by(), stamp.at()));
    }

    /**
     * Hands an open task to another employee, keeping the chain of who had it. On a routed task the current
     * step changes hands; the following steps keep their responsibles.
     */
    public void delegateTo(EmployeeId employee, DepartmentId department, String reason, Stamp stamp) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        requireOpen("be delegated", "делегировать");
        if (employee.equals(assignee)) {
            throw new AlreadyTheAssignee(id(), employee);
        }
        requireReason(reason, "delegate a task");
        EmployeeId from = assignee;
        delegations.add(new Delegation(from, employee, department, reason.strip(), stamp.at()));
        currentStep().ifPresent(step -> route.set(step.index(), step.reassignedTo(employee, department)));
        assignee = employee;
        assigneeDepartment = department;
        raise(new TaskDelegated(id(), from, employee, department, reason.strip(), stamp.by(), stamp.at()));
    }

    /**
     * Marks the current route step done and hands the task to the next step's responsible; completing the
     * last step completes the task.
     *
     * @param note what the step's responsible says about it, or null
     */
    public void completeStep(String note, Stamp stamp) {
        if (route.isEmpty()) {
            throw new TaskHasNoRoute(id());
        }
        if (status != IN_PROGRESS) {
            throw new IllegalTaskTransition(id(), status, "complete a route step", "выполнить шаг маршрута");
        }
        RouteStep step = currentStep().orElseThrow();
        route.set(step.index(), step.doneBy(stamp.by(), stamp.at(), blankToNull(note)));
        raise(new TaskStepCompleted(id(), step.index(), step.name(), blankToNull(note), stamp.by(), stamp.at()));
        Optional<RouteStep> next = currentStep();
        if (next.isPresent()) {
            EmployeeId from = assignee;
            assignee = next.get().responsible();
            assigneeDepartment = next.get().department();
            raise(new TaskHandedOn(id(), next.get().index(), from, assignee, assigneeDepartment, stamp.by(),
                    stamp.at()));
        } else {
            moveTo(DONE, null, stamp);
            raise(new TaskCompleted(id(), stamp.by(), stamp.at()));
        }
    }

    /** Completes a task without a route; a routed task is completed by its last step instead. */
    public void complete(Stamp stamp) {
        requireFrom(DONE, IN_PROGRESS);
        long stepsLeft = route.stream().filter(step -> !step.isDone()).count();
        if (stepsLeft > 0) {
            throw new RouteNotFinished(id(), (int) stepsLeft);
        }
        moveTo(DONE, null, stamp);
        raise(new TaskCompleted(id(), stamp.by(), stamp.at()));
    }

    public void cancel(String reason, Stamp stamp) {
        requireFrom(CANCELLED, NEW, IN_PROGRESS, BLOCKED);
        requireReason(reason, "cancel a task");
        blockedReason = null;
        moveTo(CANCELLED, reason.strip(), stamp);
        raise(new TaskCancelled(id(), reason.strip(), stamp.by(), stamp.at()));
    }

    public void reschedule(Instant newDue, Stamp stamp) {
        Objects.requireNonNull(newDue, "due");
        requireOpen("be rescheduled", "перенести срок");
        Instant previous = due;
        due = newDue;
        raise(new TaskRescheduled(id(), previous, newDue, stamp.by(), stamp.at()));
    }

    public void changePriority(Priority newPriority, Stamp stamp) {
        Objects.requireNonNull(newPriority, "priority");
        requireOpen("change priority", "изменить приоритет");
        Priority previous = priority;
        priority = newPriority;
        raise(new TaskPriorityChanged(id(), previous, newPriority, stamp.by(), stamp.at()));
    }

    /** Whether work on the task is still expected: not done and not cancelled. */
    public boolean isOpen() {
        return status != DONE && status != CANCELLED;
    }

    /** Whether the task is open and its due time is before the given moment. */
    public boolean isOverdueAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return isOpen() && due != null && due.isBefore(now);
    }

    /** The current assignee (on a routed task, the current step's responsible). */
    @Override
    public EmployeeId owner() {
        return assignee;
    }

    /** The assignee's department, as given when the task was set, delegated or handed on. */
    @Override
    public DepartmentId department() {
        return assigneeDepartment;
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public EmployeeId creator() {
        return creator;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public EmployeeId assignee() {
        return assignee;
    }

    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    public Priority priority() {
        return priority;
    }

    public TaskLink link() {
        return link;
    }

    public TaskStatus status() {
        return status;
    }

    /** Every status change, oldest first; the first is the creation. */
    public List<TaskStatusChange> history() {
        return List.copyOf(history);
    }

    /** Why the task is blocked; present exactly while it is. */
    public Optional<String> blockedReason() {
        return Optional.ofNullable(blockedReason);
    }

    /** Every delegation, oldest first. */
    public List<Delegation> delegations() {
        return List.copyOf(delegations);
    }

    /** The route's steps in order; empty for a task without a route. */
    public List<RouteStep> route() {
        return List.copyOf(route);
    }

    public boolean isRouted() {
        return !route.isEmpty();
    }

    /** The first route step not done yet; empty for a task without a route or with all steps done. */
    public Optional<RouteStep> currentStep() {
        return route.stream().filter(step -> !step.isDone()).findFirst();
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), title, description, creator, createdAt, assignee, assigneeDepartment, due,
                priority, link, status, history, blockedReason, delegations, route);
    }

    /** Every field of a task, for storage and for comparing states in tests; nullable where optional. */
    public record Snapshot(TaskId id, String title, String description, EmployeeId creator, Instant createdAt,
                           EmployeeId assignee, DepartmentId assigneeDepartment, Instant due, Priority priority,
                           TaskLink link, TaskStatus status, List<TaskStatusChange> history, String blockedReason,
                           List<Delegation> delegations, List<RouteStep> route) {
        public Snapshot {
            history = List.copyOf(history);
            delegations = List.copyOf(delegations);
            route = List.copyOf(route);
        }
    }

    private void requireFrom(TaskStatus to, TaskStatus... allowed) {
        for (TaskStatus from : allowed) {
            if (status == from) {
                return;
            }
        }
        throw new IllegalTaskTransition(id(), status, to);
    }

    private void requireOpen(String actionEn, String actionRu) {
        if (!isOpen()) {
            throw new IllegalTaskTransition(id(), status, actionEn, actionRu);
        }
    }

    private void moveTo(TaskStatus to, String reason, Stamp stamp) {
        history.add(new TaskStatusChange(status, to, stamp.by(), stamp.at(), reason));
        status = to;
    }

    private static void requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(action);
        }
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
