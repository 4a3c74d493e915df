package org.crmkit.rules.process.app;

import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.runtime.WorkItem;

/** A step handed to an employee: the work item and the task created for it. */
public record HandedOutTask(WorkItem work, TaskId task, EmployeeId assignee) {
    public HandedOutTask {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(assignee, "assignee");
    }
}
