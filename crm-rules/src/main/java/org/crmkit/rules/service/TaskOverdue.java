package org.crmkit.rules.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;

/**
 * A task is past its due time and a rule asked to tell {@code recipient} (its assignee, or the head of the
 * assignee's department). Published once per task, due time and rule by the {@link OverdueTaskSweep}.
 *
 * @param overdue business time past due
 */
public record TaskOverdue(TaskId task, EmployeeId assignee, EmployeeId recipient, Instant due, Duration overdue,
                          String rule, EmployeeId actor, Instant occurredAt) implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return task.value();
    }
}
