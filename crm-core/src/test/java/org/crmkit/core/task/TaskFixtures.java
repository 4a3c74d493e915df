package org.crmkit.core.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/** Tasks with and without routes, for tests (to move to crm-testkit). */
public final class TaskFixtures {
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    public static final EmployeeId MANAGER = EmployeeId.of("01950000-0000-7000-8000-000000000011");
    public static final EmployeeId ANNA = EmployeeId.of("01950000-0000-7000-8000-000000000012");
    public static final EmployeeId BORIS = EmployeeId.of("01950000-0000-7000-8000-000000000013");
    public static final EmployeeId VERA = EmployeeId.of("01950000-0000-7000-8000-000000000014");
    public static final DepartmentId SALES = DepartmentId.of("01950000-0000-7000-8000-0000000000d3");
    public static final DepartmentId LEGAL = DepartmentId.of("01950000-0000-7000-8000-0000000000d4");
    public static final DepartmentId FINANCE = DepartmentId.of("01950000-0000-7000-8000-0000000000d5");
    public static final ClientId CLIENT = ClientId.of("01950000-0000-7000-8000-0000000000c2");
    /** The due time of fixture tasks: one day after T0. */
    public static final Instant DUE = T0.plus(Duration.ofDays(1));

    private TaskFixtures() {
    }

    /** A stamp by the manager, the given number of minutes after {@link #T0}. */
    public static Stamp at(long minutes) {
        return by(MANAGER, minutes);
    }

    public static Stamp by(EmployeeId employee, long minutes) {
        return Stamp.of(employee, T0.plus(Duration.ofMinutes(minutes)));
    }

    /** A new task for Anna in sales, about the fixture client, due at {@link #DUE}. */
    public static Task aNewTask() {
        Task task = Task.create(TaskId.newId(), "Call back about the invoice", "The client disputes line 3", ANNA,
                SALES, DUE, Priority.NORMAL, TaskLink.toClient(CLIENT), at(0));
        task.pullEvents();
        return task;
    }

    public static Task aStartedTask() {
        Task task = aNewTask();
        task.start(by(ANNA, 5));
        task.pullEvents();
        return task;
    }

    /** The three steps of a contract approval: Anna (sales), Boris (legal), Vera (finance). */
    public static List<RouteStepPlan> contractApproval() {
        return List.of(
                new RouteStepPlan("draft the contract", ANNA, SALES, T0.plus(Duration.ofHours(4))),
                new RouteStepPlan("legal review", BORIS, LEGAL, T0.plus(Duration.ofHours(8))),
                new RouteStepPlan("payment terms", VERA, FINANCE, null));
    }

    /** A started task along {@link #contractApproval()}. */
    public static Task aStartedRoutedTask() {
        Task task = Task.createWithRoute(TaskId.newId(), "Approve the supply contract", null, contractApproval(),
                DUE, Priority.HIGH, TaskLink.toClient(CLIENT), at(0));
        task.start(by(ANNA, 5));
        task.pullEvents();
        return task;
    }

    /** A task driven to the given status by the shortest path of commands, events pulled. */
    public static Task aTaskIn(TaskStatus status) {
        Task task = aNewTask();
        switch (status) {
            case NEW -> { }
            case IN_PROGRESS -> task.start(by(ANNA, 5));
            case BLOCKED -> task.block("waiting for the signed act", by(ANNA, 5));
            case DONE -> {
                task.start(by(ANNA, 5));
                task.complete(by(ANNA, 10));
            }
            case CANCELLED -> task.cancel("the client paid", at(5));
        }
        task.pullEvents();
        return task;
    }
}
