package org.crmkit.core.task;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;

/**
 * One entry of a task's status history; the creation is the first entry ({@code from} is null).
 *
 * @param reason why, for a block or a cancellation; null otherwise
 */
public record TaskStatusChange(TaskStatus from, TaskStatus to, EmployeeId by, Instant at, String reason) {
    public TaskStatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
