package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;

/** The contact now also speaks for another client. */
public record ContactLinkedToClient(ContactId contact, ClientId client, EmployeeId actor, Instant occurredAt)
        implements ContactEvent {
}
