package org.crmkit.rules.process.runtime;

import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;

/** A step handed to a person: the task set for it and the employee it was assigned to. */
public record Assignment(TaskId task, EmployeeId assignee) {
    public Assignment {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(assignee, "assignee");
    }
}
