package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.RouteStepPlan;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link org.crmkit.core.task.Tasks} port: per-client lists by due time (tasks without one
 * last), then id. Every third task has no due time, the others are due in an order unlike their ids.
 */
public abstract class TasksContract extends ClientScopedRepositoryContract<Task, TaskId> {
    private int created;

    @Override
    protected Repository<Task, TaskId> repository(Repositories repositories) {
        return repositories.tasks();
    }

    @Override
    protected Task aNew(ClientId client, EmployeeId assignee) {
        int n = created++;
        Instant due = n % 3 == 2 ? null : ContractWorld.T0.plus(Duration.ofDays(10 - n % 7));
        return Task.create(TaskId.newId(), "Call back", null, assignee, world.departmentOf(assignee), due,
                Priority.NORMAL, TaskLink.toClient(client), world.next(assignee));
    }

    @Override
    protected void change(Task task) {
        task.reschedule(task.due().orElse(ContractWorld.T0).plus(Duration.ofHours(1)), world.next(task.assignee()));
    }

    @Override
    protected Object stateOf(Task task) {
        return task.snapshot();
    }

    @Override
    protected Page<Task> list(RecordFilter filter, PageRequest page) {
        return stored().tasks().list(filter, page);
    }

    @Override
    protected List<Task> ofClient(ClientId client) {
        return stored().tasks().ofClient(client);
    }

    @Override
    protected List<Task> ofClient(ClientId client, RecordFilter filter) {
        return stored().tasks().ofClient(client, filter);
    }

    @Override
    protected Comparator<Task> clientOrder() {
        return Comparator.comparing((Task t) -> t.due().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> t.id().value(), UNSIGNED);
    }

    @Override
    protected boolean belongsTo(Task task, ClientId client) {
        return task.link().isAbout(client);
    }

    @Override
    protected ProtectedRecord record(Task task) {
        return ProtectedRecords.of(task);
    }

    @Override
    protected Permission readPermission() {
        return Permission.of(Resource.TASK, Action.READ);
    }

    @Override
    protected UUID key(TaskId id) {
        return id.value();
    }

    @Test
    void assigned_to_and_open_follow_the_current_assignee_and_status() {
        Task annas = aNew(world.acme, world.anna);
        Task cancelled = aNew(world.acme, world.anna);
        cancelled.cancel("the client paid", world.next(world.anna));
        Task routed = Task.createWithRoute(TaskId.newId(), "Approve the contract", null, List.of(
                        new RouteStepPlan("draft", world.boris, world.north, null),
                        new RouteStepPlan("approve", world.galina, world.sales, null)),
                null, Priority.HIGH, TaskLink.toClient(world.acme), world.next(world.galina));
        stored().tasks().save(annas);
        stored().tasks().save(cancelled);
        stored().tasks().save(routed);

        assertThat(stored().tasks().assignedTo(world.anna)).extracting(Task::id)
                .containsExactlyInAnyOrder(annas.id(), cancelled.id());
        assertThat(stored().tasks().assignedTo(world.boris)).extracting(Task::id).containsExactly(routed.id());
        assertThat(stored().tasks().open()).extracting(Task::id).containsExactlyInAnyOrder(annas.id(), routed.id());
        // Boris holds the first step: his own-records filter must find the routed task.
        RecordFilter borisFilter = world.filterFor(world.boris, readPermission());
        assertThat(list(borisFilter, PageRequest.first(10)).items()).extracting(Task::id).contains(routed.id());
    }
}
