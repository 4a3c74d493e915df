package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.EmployeeId;

/** A contact person no longer takes part in a deal. */
public record DealContactReleased(DealId deal, ContactId contact, EmployeeId actor,
                                  Instant occurredAt) implements DealEvent {
}
