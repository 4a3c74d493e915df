package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The customer got a first response while the claim was still registered (the response clock stops here). */
public record ClaimResponded(ClaimId claim, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
