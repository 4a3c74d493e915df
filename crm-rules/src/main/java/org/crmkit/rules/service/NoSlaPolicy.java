package org.crmkit.rules.service;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.shared.DomainException;

/** No SLA policy covers a claim (add a default policy with {@code SlaScope.anyClaim()} to rule this out). */
public final class NoSlaPolicy extends DomainException {
    public NoSlaPolicy(ClaimId claim, String category, String severity, String segment) {
        super("sla.no-policy", "No SLA policy covers claim " + claim + " (category " + category + ", severity "
                        + severity + ", segment " + segment + ")",
                "Ни одна политика SLA не подходит к обращению " + claim + " (категория " + category
                        + ", важность " + severity + ", сегмент " + segment + ")");
    }
}
