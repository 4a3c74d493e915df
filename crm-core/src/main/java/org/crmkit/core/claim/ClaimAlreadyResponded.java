package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;

/** Only the first response to a customer is recorded: it is what the response deadline measures. */
public final class ClaimAlreadyResponded extends DomainException {
    public ClaimAlreadyResponded(ClaimId id) {
        super("claim.already-responded",
                "Claim " + id + " has already been responded to",
                "На обращение " + id + " уже дан первый ответ");
    }
}
