package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** A task was set (routeSteps is 0 for a task without a route). */
public record TaskCreated(TaskId task, String title, EmployeeId assignee, DepartmentId department, Instant due, Priority priority, int routeSteps, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
