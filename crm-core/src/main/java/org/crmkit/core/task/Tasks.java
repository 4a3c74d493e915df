package org.crmkit.core.task;

import java.util.List;

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

    @Override
    default String aggregateName() {
        return "Task";
    }
}
