package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessKey;

/** Someone completed a step of a run (its task can be closed). */
public record ProcessStepCompleted(ProcessInstanceId instance, ProcessKey process, NodeId step,
                                   Optional<Outcome> outcome, EmployeeId actor, Instant occurredAt)
        implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return instance.value();
    }
}
