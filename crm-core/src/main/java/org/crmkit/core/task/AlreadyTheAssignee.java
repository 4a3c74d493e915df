package org.crmkit.core.task;

import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;

/** A task cannot be delegated to the employee who already has it. */
public final class AlreadyTheAssignee extends DomainException {
    public AlreadyTheAssignee(TaskId id, EmployeeId employee) {
        super("task.already-the-assignee",
                "Task " + id + " is already assigned to " + employee,
                "Задача " + id + " уже поручена сотруднику " + employee);
    }
}
