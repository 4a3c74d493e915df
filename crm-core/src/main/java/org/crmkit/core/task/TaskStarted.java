package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The assignee started work on the task. */
public record TaskStarted(TaskId task, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
