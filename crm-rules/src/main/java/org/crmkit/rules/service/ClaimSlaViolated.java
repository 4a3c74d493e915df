package org.crmkit.rules.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.sla.Milestone;

/**
 * A claim's milestone missed its target at {@code deadline}. Published once per claim, milestone and rule by
 * the {@link SlaSweep}.
 *
 * @param recipient whom the rule asked to tell; null if nobody could be found
 */
public record ClaimSlaViolated(ClaimId claim, Milestone milestone, Duration consumed, Duration target,
                               Instant deadline, EmployeeId recipient, String rule, EmployeeId actor, Instant occurredAt)
        implements DomainEvent {
    @Override
    public UUID aggregateId() {
        return claim.value();
    }
}
