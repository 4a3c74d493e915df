package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The supplier answered; {@code resumed} says whether this ended a wait for the supplier. */
public record SupplierAnswered(ClaimId claim, String supplier, String answer, boolean resumed, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
