package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;

/** A deal was won; the amount is the one it was won at, or null when none was set. */
public record DealWon(DealId deal, StageKey from, StageKey stage, Money amount, EmployeeId actor,
                      Instant occurredAt) implements DealEvent {
}
