package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The task was cancelled, saying why. */
public record TaskCancelled(TaskId task, String reason, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
