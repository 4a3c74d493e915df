package org.crmkit.core.task;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A step of the task's route was done. */
public record TaskStepCompleted(TaskId task, int stepIndex, String stepName, String note, EmployeeId actor, Instant occurredAt)
        implements TaskEvent {
}
