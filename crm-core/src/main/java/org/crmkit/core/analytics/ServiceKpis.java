package org.crmkit.core.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The service KPIs of the claims a reader may see, registered within the period.
 *
 * @param claims          counted claims
 * @param open            counted claims still owed to the customer
 * @param byCategory      per category, largest first (also byChannel, bySeverity)
 * @param firstResponse   time from registration to the first response, over claims that have one, measured by
 *                        the query's {@code elapsed} (calendar or business time)
 * @param resolution      time from registration to the claim's last move into RESOLVED, over claims now resolved
 *                        or closed after a resolution (rejected claims and claims reopened and not yet resolved
 *                        again are left out)
 * @param slaCompliance   resolved at or before the resolution deadline ÷ resolved claims (as in
 *                        {@code resolution}) that had a resolution deadline
 * @param reopenRate      claims reopened at least once ÷ claims that were finished at least once (resolved,
 *                        rejected or closed)
 * @param supplierDelays  late supplier answers, see {@link SupplierDelays}
 * @param satisfaction    mean customer score (1..5) over rated claims, 2 decimals half-even; empty when none
 * @param rated           how many claims carry a score
 */
public record ServiceKpis(long claims, long open, List<CategoryRow> byCategory, List<CategoryRow> byChannel,
                          List<CategoryRow> bySeverity, DurationStats firstResponse, DurationStats resolution,
                          Ratio slaCompliance, Ratio reopenRate, SupplierDelays supplierDelays,
                          Optional<BigDecimal> satisfaction, long rated) {
    public ServiceKpis {
        byCategory = List.copyOf(byCategory);
        byChannel = List.copyOf(byChannel);
        bySeverity = List.copyOf(bySeverity);
    }
}
