package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The reference of the signed contract (e.g. its document number) was recorded on a deal. */
public record DealContractAttached(DealId deal, String contractReference, EmployeeId actor,
                                   Instant occurredAt) implements DealEvent {
}
