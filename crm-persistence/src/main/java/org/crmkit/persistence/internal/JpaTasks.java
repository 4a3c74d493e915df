package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.core.task.Tasks;

/** {@link Tasks} on the crm_tasks tables; lists ordered by due time (none last), then id. */
final class JpaTasks extends JpaRepository<Task, TaskId, Task.Snapshot, TaskRow> implements Tasks {
    private static final String ORDER = "order by r.due nulls last, r.id";
    private final TaskMapper mapper = new TaskMapperImpl();

    JpaTasks(UnitOfWork work, Clock clock) {
        super(work, clock, TaskRow.class, "crm_tasks", new ScopedFilterSql(Resource.TASK,
                "(r.creator_id = :e OR EXISTS (SELECT 1 FROM crm_task_route_steps rs"
                        + " WHERE rs.task_id = r.id AND rs.responsible_id = :e))"));
    }

    @Override UUID key(TaskId id) { return id.value(); }
    @Override Task.Snapshot snapshot(Task a) { return a.snapshot(); }
    @Override Task restore(Task.Snapshot s, long version) { return Task.restore(s, version); }
    @Override Task.Snapshot toSnapshot(TaskRow row) { return mapper.toSnapshot(row); }
    @Override void write(Task.Snapshot s, TaskRow row) { mapper.update(s, row); }
    @Override TaskRow newRow() { return new TaskRow(); }
    @Override ProtectedRecord facts(Task a) { return AccessFacts.of(a); }

    /** The KPI fact, from the same definition as the in-memory KPIs. */
    @Override
    void derive(Task task, TaskRow row, EntityManager em) {
        row.completedAt = KpiFacts.completedAt(task).orElse(null);
    }

    @Override
    public List<Task> ofClient(ClientId client) {
        return select("where r.link.client = :client " + ORDER, "client", client.value());
    }

    @Override
    public List<Task> assignedTo(EmployeeId employee) {
        return select("where r.assignee = :e " + ORDER, "e", employee.value());
    }

    @Override
    public List<Task> open() {
        // Task.isOpen(): neither done nor cancelled.
        return select("where r.status not in :closed " + ORDER, "closed",
                List.of(TaskStatus.DONE.name(), TaskStatus.CANCELLED.name()));
    }

    @Override
    public List<Task> all() {
        return select(ORDER);
    }

    @Override
    public Page<Task> list(RecordFilter filter, PageRequest page) {
        return page(filter, page);
    }

    @Override
    public List<Task> ofClient(ClientId client, RecordFilter filter) {
        return filtered(filter, "r.link_client_id = :client", Map.of("client", client.value()),
                "r.due NULLS LAST, r.id", c -> ofClient(client));
    }
}
