package org.crmkit.core.application.tasks;

import java.time.Instant;
import java.util.List;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Delegation;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.crmkit.core.task.TaskStatus;

/** What a session sees of a task; {@code overdue} is computed from the CRM's clock when the view is made. */
public record TaskView(TaskId id, String title, String description, EmployeeId creator, EmployeeId assignee,
                       Instant due, Priority priority, TaskStatus status, boolean overdue, TaskLink link,
                       List<Delegation> delegations, List<RouteStep> route) {
}
