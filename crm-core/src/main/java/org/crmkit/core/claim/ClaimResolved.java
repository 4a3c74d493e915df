package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The claim was resolved, saying how. */
public record ClaimResolved(ClaimId claim, String resolutionNotes, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
