package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The claim was rejected, saying why. */
public record ClaimRejected(ClaimId claim, String reason, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
