package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;

/** A deal's amount was set or changed; previous is null when it had none. */
public record DealAmountChanged(DealId deal, Money previous, Money amount, EmployeeId actor,
                                Instant occurredAt) implements DealEvent {
}
