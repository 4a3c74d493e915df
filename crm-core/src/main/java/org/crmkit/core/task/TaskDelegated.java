package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** The task was delegated to another employee. */
public record TaskDelegated(TaskId task, EmployeeId from, EmployeeId to, DepartmentId toDepartment, String reason, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
