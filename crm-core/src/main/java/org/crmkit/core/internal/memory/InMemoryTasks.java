package org.crmkit.core.internal.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.internal.ProtectedRecords;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.Tasks;

/** In-memory {@link Tasks}. */
public final class InMemoryTasks extends InMemoryRepository<Task, TaskId, Task.Snapshot> implements Tasks {
    private static final Comparator<Task> BY_DUE = Comparator
            .comparing((Task t) -> t.due().orElse(null), Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(t -> t.id().value());

    public InMemoryTasks() {
        super("Task", Task::snapshot, Task::restore);
    }

    @Override
    public List<Task> ofClient(ClientId client) {
        return select(t -> t.link().isAbout(client), BY_DUE);
    }

    @Override
    public List<Task> assignedTo(EmployeeId employee) {
        return select(t -> t.assignee().equals(employee), BY_DUE);
    }

    @Override
    public List<Task> open() {
        return select(Task::isOpen, BY_DUE);
    }

    @Override
    public List<Task> all() {
        return select(t -> true, BY_DUE);
    }

    @Override
    public Page<Task> list(RecordFilter filter, PageRequest page) {
        return page(a -> filter.admits(ProtectedRecords.of(a)), a -> a.id().value(), page);
    }

    @Override
    public List<Task> ofClient(ClientId client, RecordFilter filter) {
        return ofClient(client).stream().filter(a -> filter.admits(ProtectedRecords.of(a))).toList();
    }
}
