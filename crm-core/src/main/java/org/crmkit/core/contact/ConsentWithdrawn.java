package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The contact withdrew consent for a purpose. */
public record ConsentWithdrawn(ContactId contact, ConsentPurpose purpose, String source, EmployeeId actor,
                               Instant occurredAt) implements ContactEvent {
}
