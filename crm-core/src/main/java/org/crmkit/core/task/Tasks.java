package org.crmkit.core.task;

import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Repository;

/** Repository port for tasks; every list is ordered by due time (tasks without one last), then id. */
public interface Tasks extends Repository<Task, TaskId> {
    /** Tasks whose link names the client. */
    List<Task> ofClient(ClientId client);

    /** Tasks, open or not, whose current assignee is the employee. */
    List<Task> assignedTo(EmployeeId employee);

    List<Task> open();

    List<Task> all();

    /** The tasks the filter admits, keyset-paged by id; the filter is applied while reading. */
    Page<Task> list(RecordFilter filter, PageRequest page);

    /** The tasks of this client that the filter admits, in this port's order. */
    List<Task> ofClient(ClientId client, RecordFilter filter);

    @Override
    default String aggregateName() {
        return "Task";
    }
}
