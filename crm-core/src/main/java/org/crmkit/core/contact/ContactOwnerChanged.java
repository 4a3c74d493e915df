package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** Another employee (and department) now answers for the contact. */
public record ContactOwnerChanged(ContactId contact, EmployeeId previousOwner, EmployeeId owner,
                                  DepartmentId department, EmployeeId actor, Instant occurredAt)
        implements ContactEvent {
}
