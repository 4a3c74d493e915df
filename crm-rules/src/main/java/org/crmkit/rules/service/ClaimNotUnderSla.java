package org.crmkit.rules.service;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.shared.DomainException;

/** A claim has no SLA assignment yet (it was registered before the registrar listened, or no policy covers it). */
public final class ClaimNotUnderSla extends DomainException {
    public ClaimNotUnderSla(ClaimId claim) {
        super("sla.not-assigned", "Claim " + claim + " has no SLA policy assigned",
                "Обращению " + claim + " не назначена политика SLA");
    }
}
