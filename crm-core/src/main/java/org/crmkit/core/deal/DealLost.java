package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A deal was lost, with the reason why. */
public record DealLost(DealId deal, StageKey from, StageKey stage, String reason, EmployeeId actor,
                       Instant occurredAt) implements DealEvent {
}
