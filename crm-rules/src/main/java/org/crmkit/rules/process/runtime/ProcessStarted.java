package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.process.ProcessKey;

/** A run of a process began for a subject. */
public record ProcessStarted(ProcessInstanceId instance, ProcessKey process, int version, SubjectRef subject,
                             EmployeeId actor, Instant occurredAt) implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return instance.value();
    }
}
