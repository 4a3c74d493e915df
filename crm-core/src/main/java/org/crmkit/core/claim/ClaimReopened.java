package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A finished claim was reopened, saying why. */
public record ClaimReopened(ClaimId claim, String reason, int reopenCount, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
