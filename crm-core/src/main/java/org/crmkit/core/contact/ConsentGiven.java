package org.crmkit.core.contact;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The contact gave consent for a purpose. */
public record ConsentGiven(ContactId contact, ConsentPurpose purpose, String source, EmployeeId actor,
                           Instant occurredAt) implements ContactEvent {
}
