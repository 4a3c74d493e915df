package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** The claim was given to a department and an employee who will fix it. */
public record ClaimAssigned(ClaimId claim, DepartmentId department, EmployeeId assignee, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
