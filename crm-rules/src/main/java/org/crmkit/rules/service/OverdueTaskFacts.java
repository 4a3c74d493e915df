package org.crmkit.rules.service;

import org.crmkit.core.task.Priority;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.FactSchema;

/**
 * What overdue-task rules read (schema {@code task-overdue}, trigger {@code {"timer": "task-sweep"}}):
 * {@code overdueHours} (NUMBER, whole business hours past due on the sweep's calendar), {@code priority},
 * {@code status}, {@code routed} (BOOLEAN, the task goes along a route), {@code aboutClaim} (BOOLEAN).
 */
public record OverdueTaskFacts(long overdueHours, Priority priority, TaskStatus status, boolean routed,
                               boolean aboutClaim) {
    public static final String SWEEP_TIMER = "task-sweep";

    public static final FactSchema<OverdueTaskFacts> SCHEMA = FactSchema.builder("task-overdue", OverdueTaskFacts.class)
            .number("overdueHours", OverdueTaskFacts::overdueHours)
            .enumeration("priority", Priority.class, OverdueTaskFacts::priority)
            .enumeration("status", TaskStatus.class, OverdueTaskFacts::status)
            .bool("routed", OverdueTaskFacts::routed)
            .bool("aboutClaim", OverdueTaskFacts::aboutClaim)
            .build();
}
