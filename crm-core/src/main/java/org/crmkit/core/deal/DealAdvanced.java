package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A deal moved to another open stage of its pipeline and took that stage's probability. */
public record DealAdvanced(DealId deal, StageKey from, StageKey to, Probability probability, EmployeeId actor,
                           Instant occurredAt) implements DealEvent {
}
