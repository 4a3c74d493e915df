package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** The task moved on to the responsible of the next route step. */
public record TaskHandedOn(TaskId task, int stepIndex, EmployeeId from, EmployeeId to, DepartmentId toDepartment, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
