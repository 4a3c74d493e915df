package org.crmkit.core.claim;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** Something that happened to a claim; {@link #claim()} orders delivery. */
public sealed interface ClaimEvent extends DomainEvent permits
        ClaimRegistered,
        ClaimResponded,
        ClaimReviewed,
        ClaimAssigned,
        ClaimWaiting,
        ClaimResumed,
        ClaimResolved,
        ClaimRejected,
        ClaimClosed,
        ClaimReopened,
        ClaimEscalated,
        ClaimDeadlinesSet,
        SupplierInvolved,
        SupplierAnswered,
        ClaimSatisfactionRated {
    ClaimId claim();

    @Override
    default UUID aggregateId() {
        return claim().value();
    }
}
