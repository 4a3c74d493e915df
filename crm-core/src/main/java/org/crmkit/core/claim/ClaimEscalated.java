package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The claim was escalated to a higher level. */
public record ClaimEscalated(ClaimId claim, int fromLevel, int toLevel, String reason, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
