package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The task was done. */
public record TaskCompleted(TaskId task, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
