package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A resolved or rejected claim was closed for good. */
public record ClaimClosed(ClaimId claim, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
