package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;

/** An escalation names a level above the current one: escalation never goes back down. */
public final class EscalationMustRise extends DomainException {
    public EscalationMustRise(ClaimId id, int current, int requested) {
        super("claim.escalation-must-rise",
                "Claim " + id + " is at escalation level " + current + "; level " + requested + " is not higher",
                "Обращение " + id + " уже на уровне эскалации " + current + "; уровень " + requested + " не выше");
    }
}
