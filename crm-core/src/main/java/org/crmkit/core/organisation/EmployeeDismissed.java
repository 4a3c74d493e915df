package org.crmkit.core.organisation;

import java.time.Instant;
import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;

/** An employee left the company: their open work must be handed on. */
public record EmployeeDismissed(EmployeeId employee, EmployeeId actor, Instant occurredAt) implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return employee.value();
    }
}
