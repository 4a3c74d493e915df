package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The channel to reach the contact by first changed; either side is null when there was or is none. */
public record PreferredChannelChanged(ContactId contact, Channel previous, Channel preferred, EmployeeId actor,
                                      Instant occurredAt) implements ContactEvent {
}
