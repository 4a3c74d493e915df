package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Work on the claim paused for the customer or a supplier: SLA clocks stop. */
public record ClaimWaiting(ClaimId claim, WaitingFor waitingFor, String reason, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
