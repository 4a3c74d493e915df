package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The task got a new due time. */
public record TaskRescheduled(TaskId task, Instant previousDue, Instant due, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
