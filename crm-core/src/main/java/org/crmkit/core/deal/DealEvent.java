package org.crmkit.core.deal;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** Something that happened to a deal; sealed so listeners can switch over every kind exhaustively. */
public sealed interface DealEvent extends DomainEvent
        permits DealOpened, DealAdvanced, DealWon, DealLost, DealReopened, DealAmountChanged, DealContactInvolved,
        DealContactReleased, DealReassigned, DealProbabilityEstimated, DealCloseDateExpected, DealContractAttached {

    DealId deal();

    @Override
    default UUID aggregateId() {
        return deal().value();
    }
}
