package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A won or lost deal was brought back to an open stage, with the reason why. */
public record DealReopened(DealId deal, StageKey from, StageKey to, String reason, EmployeeId actor,
                           Instant occurredAt) implements DealEvent {
}
