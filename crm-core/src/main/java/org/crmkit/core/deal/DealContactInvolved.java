package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.EmployeeId;

/** A contact person was involved in a deal, or given another role in it. */
public record DealContactInvolved(DealId deal, ContactId contact, DealContactRole role, EmployeeId actor,
                                  Instant occurredAt) implements DealEvent {
}
