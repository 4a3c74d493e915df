package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Work on the task cannot go on, for the given reason. */
public record TaskBlocked(TaskId task, String reason, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
