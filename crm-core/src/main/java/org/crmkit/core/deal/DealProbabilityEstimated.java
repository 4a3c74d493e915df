package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The owner replaced the stage's default probability with their own estimate. */
public record DealProbabilityEstimated(DealId deal, Probability probability, EmployeeId actor,
                                       Instant occurredAt) implements DealEvent {
}
