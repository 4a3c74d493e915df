package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.ProcessKey;

/** A step of a run was handed to an employee as a task. */
public record ProcessStepAssigned(ProcessInstanceId instance, ProcessKey process, NodeId step, TaskId task,
                                  EmployeeId assignee, EmployeeId actor, Instant occurredAt) implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return instance.value();
    }
}
