package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.shared.DomainException;

/** A claim cannot be due for resolution before it is due for a first response. */
public final class DeadlinesOutOfOrder extends DomainException {
    public DeadlinesOutOfOrder(ClaimId id, Instant response, Instant resolution) {
        super("claim.deadlines-out-of-order",
                "Claim " + id + ": resolution deadline " + resolution + " is before response deadline " + response,
                "Обращение " + id + ": срок решения " + resolution + " раньше срока ответа " + response);
    }
}
