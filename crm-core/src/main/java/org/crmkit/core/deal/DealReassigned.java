package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** A deal was handed to another owner and department. */
public record DealReassigned(DealId deal, EmployeeId owner, DepartmentId department, EmployeeId actor,
                             Instant occurredAt) implements DealEvent {
}
