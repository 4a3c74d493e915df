package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The customer rated how satisfied they are with the outcome (1..5). */
public record ClaimSatisfactionRated(ClaimId claim, int score, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
