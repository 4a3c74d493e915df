package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;

/** The contact no longer speaks for that client. */
public record ContactUnlinkedFromClient(ContactId contact, ClientId client, EmployeeId actor, Instant occurredAt)
        implements ContactEvent {
}
