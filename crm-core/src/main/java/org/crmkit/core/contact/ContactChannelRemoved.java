package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A way to reach the contact was removed. */
public record ContactChannelRemoved(ContactId contact, Channel channel, EmployeeId actor, Instant occurredAt)
        implements ContactEvent {
}
