package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Someone started reviewing the claim. */
public record ClaimReviewed(ClaimId claim, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
