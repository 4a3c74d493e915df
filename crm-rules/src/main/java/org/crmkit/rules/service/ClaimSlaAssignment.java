package org.crmkit.rules.service;

import java.util.Objects;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.rules.sla.SlaPolicyRef;

/**
 * The SLA terms a claim keeps for life: the policy version in effect when it was registered and the calendar its
 * clocks count on. Kept outside the Claim aggregate, so revising policies never touches stored claims.
 */
public record ClaimSlaAssignment(ClaimId claim, SlaPolicyRef policy, String calendarName) {
    public ClaimSlaAssignment {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendarName, "calendarName");
    }
}
