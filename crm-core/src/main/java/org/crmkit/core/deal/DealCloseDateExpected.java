package org.crmkit.core.deal;

import java.time.Instant;
import java.time.LocalDate;

import org.crmkit.core.shared.EmployeeId;

/** The date a deal is expected to close was set or changed. */
public record DealCloseDateExpected(DealId deal, LocalDate expectedCloseOn, EmployeeId actor,
                                    Instant occurredAt) implements DealEvent {
}
