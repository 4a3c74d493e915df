package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.ProcessKey;

/** A run reached an end of its process; {@code end} says which (e.g. resolved or refused). */
public record ProcessFinished(ProcessInstanceId instance, ProcessKey process, NodeId end, EmployeeId actor,
                              Instant occurredAt) implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return instance.value();
    }
}
