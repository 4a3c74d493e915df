package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A supplier was asked to help with the claim; the claim waits for the answer. */
public record SupplierInvolved(ClaimId claim, String supplier, String request, Instant dueAt, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
