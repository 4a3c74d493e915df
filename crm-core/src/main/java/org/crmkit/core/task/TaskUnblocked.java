package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** What blocked the task is gone; work goes on. */
public record TaskUnblocked(TaskId task, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
