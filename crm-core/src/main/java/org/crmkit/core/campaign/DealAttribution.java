package org.crmkit.core.campaign;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.EmployeeId;

/**
 * A deal credited to a campaign. Kept on the campaign's side, not on the deal: which campaign earned a deal is
 * a marketing judgement made (and often revised) after the fact, the deal's own lifecycle does not depend on
 * it, and a deal may be credited to more than one campaign (first touch, last touch).
 */
public record DealAttribution(DealId deal, EmployeeId by, Instant at) {
    public DealAttribution {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
