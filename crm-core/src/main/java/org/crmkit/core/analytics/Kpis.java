package org.crmkit.core.analytics;

import java.util.List;

/**
 * The KPI query port: sales, service, execution/staff and marketing figures, each over only the records the
 * query's {@link AccessScope} admits. The in-memory adapter computes them from the repositories; a SQL adapter
 * computes the same definitions in the database. The definitions are on the result records.
 */
public interface Kpis {
    SalesKpis sales(SalesQuery query);

    ServiceKpis service(ServiceQuery query);

    StaffKpis staff(StaffQuery query);

    /** One row per counted campaign, ordered by revenue (largest first), then name. */
    List<CampaignKpis> marketing(MarketingQuery query);
}
