package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The claim got new response and resolution deadlines (either may be null: none). */
public record ClaimDeadlinesSet(ClaimId claim, Instant responseDeadline, Instant resolutionDeadline, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
