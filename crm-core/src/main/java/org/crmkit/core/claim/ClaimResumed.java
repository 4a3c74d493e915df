package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Work on the claim resumed after a pause: SLA clocks run again. */
public record ClaimResumed(ClaimId claim, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
