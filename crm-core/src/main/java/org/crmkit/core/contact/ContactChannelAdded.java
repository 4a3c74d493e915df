package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A way to reach the contact was added. */
public record ContactChannelAdded(ContactId contact, Channel channel, EmployeeId actor, Instant occurredAt)
        implements ContactEvent {
}
