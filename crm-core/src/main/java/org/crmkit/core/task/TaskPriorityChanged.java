package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The task's priority changed. */
public record TaskPriorityChanged(TaskId task, Priority from, Priority to, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
