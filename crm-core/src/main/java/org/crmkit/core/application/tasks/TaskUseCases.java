package org.crmkit.core.application.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.GuardDecision;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TransitionBlocked;
import org.crmkit.core.task.RouteStepPlan;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.core.task.TaskTransitionGuard;

/**
 * Tasks and assignments: routes of tasks, control of execution, delegation to responsible people. Every status
 * move is also put to the company's {@link TaskTransitionGuard} before it is stored; a refusal throws
 * {@link TransitionBlocked} and stores nothing.
 */
public final class TaskUseCases {
    private static final Permission CREATE = Permission.of(Resource.TASK, Action.CREATE);
    private static final Permission READ = Permission.of(Resource.TASK, Action.READ);
    private static final Permission UPDATE = Permission.of(Resource.TASK, Action.UPDATE);
    private static final Permission ASSIGN = Permission.of(Resource.TASK, Action.ASSIGN);

    private final SessionContext session;
    private final TaskTransitionGuard guard;

    public TaskUseCases(SessionContext session) {
        this(session, TaskTransitionGuard.ALLOW_ALL);
    }

    public TaskUseCases(SessionContext session, TaskTransitionGuard guard) {
        this.session = session;
        this.guard = java.util.Objects.requireNonNull(guard, "task guard");
    }

    /**
     * Sets a task. Setting it for someone else than oneself needs the right to assign tasks; nobody can hand
     * work to a dismissed employee.
     */
    public TaskId create(CreateTask command) {
        session.validate(command);
        return session.run(() -> {
            session.require(CREATE);
            TaskLink link = new TaskLink(command.client(), command.deal(), command.claim());
            Stamp stamp = session.stamp();
            Task task;
            if (command.route().isEmpty()) {
                EmployeeId assigneeId = command.assignee() != null ? command.assignee() : session.actor().employee();
                Employee assignee = activeEmployee(assigneeId);
                task = Task.create(TaskId.newId(), command.title(), command.description(), assignee.id(),
                        assignee.department(), command.due(), command.priority(), link, stamp);
            } else {
                List<RouteStepPlan> steps = new ArrayList<>();
                for (CreateTask.RouteStepInput step : command.route()) {
                    Employee responsible = activeEmployee(step.responsible());
                    steps.add(new RouteStepPlan(step.name(), responsible.id(), responsible.department(), step.due()));
                }
                task = Task.createWithRoute(TaskId.newId(), command.title(), command.description(), steps,
                        command.due(), command.priority(), link, stamp);
            }
            if (!task.assignee().equals(session.actor().employee())) {
                session.require(ASSIGN, ProtectedRecords.of(task));
            }
            session.store(session.repositories().tasks(), task);
            return task.id();
        });
    }

    public void start(TaskId id) {
        change(id, UPDATE, (task, stamp) -> task.start(stamp));
    }

    public void block(TaskId id, String reason) {
        change(id, UPDATE, (task, stamp) -> task.block(reason, stamp));
    }

    public void unblock(TaskId id) {
        change(id, UPDATE, (task, stamp) -> task.unblock(stamp));
    }

    /** Hands the task on to another (active) employee; the chain of delegations is kept with its reasons. */
    public void delegate(TaskId id, EmployeeId to, String reason) {
        change(id, UPDATE, (task, stamp) -> {
            Employee employee = activeEmployee(to);
            task.delegateTo(employee.id(), employee.department(), reason, stamp);
        });
    }

    /** Completes the current step of a routed task; the task goes on to the next step's employee. */
    public void completeStep(TaskId id, String note) {
        change(id, UPDATE, (task, stamp) -> task.completeStep(note, stamp));
    }

    public void complete(TaskId id) {
        change(id, UPDATE, (task, stamp) -> task.complete(stamp));
    }

    public void cancel(TaskId id, String reason) {
        change(id, UPDATE, (task, stamp) -> task.cancel(reason, stamp));
    }

    public void reschedule(TaskId id, Instant due) {
        change(id, UPDATE, (task, stamp) -> task.reschedule(due, stamp));
    }

    /** Makes an open task more (or less) urgent, e.g. when an overdue-task rule raises its priority. */
    public void changePriority(TaskId id, org.crmkit.core.task.Priority priority) {
        change(id, UPDATE, (task, stamp) -> task.changePriority(priority, stamp));
    }

    public TaskView get(TaskId id) {
        Task task = session.repositories().tasks().get(id);
        session.require(READ, ProtectedRecords.of(task));
        return view(task, session.now());
    }

    public Page<TaskView> list(PageRequest page) {
        Instant now = session.now();
        return session.repositories().tasks().list(session.filter(READ), page).map(t -> view(t, now));
    }

    public List<TaskView> ofClient(ClientId client) {
        Instant now = session.now();
        return session.repositories().tasks().ofClient(client, session.filter(READ)).stream()
                .map(t -> view(t, now)).toList();
    }

    private Employee activeEmployee(EmployeeId id) {
        Employee employee = session.repositories().employees().get(id);
        employee.requireActive();
        return employee;
    }

    private void change(TaskId id, Permission permission, BiConsumer<Task, Stamp> change) {
        session.change(session.repositories().tasks(), id, permission, ProtectedRecords::of, (task, stamp) -> {
            TaskStatus from = task.status();
            change.accept(task, stamp);
            // Asked after the command ran on the loaded copy; a refusal throws before the store.
            if (task.status() != from) {
                GuardDecision decision = java.util.Objects.requireNonNull(guard.check(task, from, task.status()),
                        "a task guard must decide");
                if (!decision.allowed()) {
                    throw new TransitionBlocked("Task", task.id(), from, task.status(), decision);
                }
            }
        });
    }

    /** The view of a task at a moment (overdue is derived from it, never stored). */
    public static TaskView view(Task t, Instant now) {
        return new TaskView(t.id(), t.title(), t.description().orElse(null), t.creator(), t.assignee(),
                t.due().orElse(null), t.priority(), t.status(), t.isOverdueAt(now), t.link(), t.delegations(),
                t.route());
    }
}
