package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;

/** A contact person of a client was added. */
public record ContactAdded(ContactId contact, PersonName name, ClientId client, EmployeeId owner,
                           DepartmentId department, EmployeeId actor, Instant occurredAt) implements ContactEvent {
}
