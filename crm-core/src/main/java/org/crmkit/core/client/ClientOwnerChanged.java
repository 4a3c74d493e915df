package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** Another employee (and department) now answers for the client. */
public record ClientOwnerChanged(ClientId client, EmployeeId previousOwner, EmployeeId owner, DepartmentId department,
                                 EmployeeId actor, Instant occurredAt) implements ClientEvent {
}
