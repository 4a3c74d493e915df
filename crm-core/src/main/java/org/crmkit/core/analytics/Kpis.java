package org.crmkit.core.analytics;

import java.util.List;

/**
 * The KPI query port: sales, service, execution/staff and marketing figures, each over only the records the
 * query's {@link AccessScope} admits. The in-memory adapter computes them from the repositories; a SQL adapter
 * computes the same definitions in the database. The definitions are on the result records.
 *
 * <p>{@link #dashboard} reads the four groups of a dashboard page together. By default it reads them one after
 * the other, each group on its own (so two groups may see different committed states if writers are active). An
 * adapter may read them concurrently; the SQL adapter on PostgreSQL does, each group on its own pooled
 * connection in its own read-only REPEATABLE READ transaction, all importing one snapshot
 * ({@code pg_export_snapshot()} / {@code SET TRANSACTION SNAPSHOT}), so the page is one consistent state of the
 * database and its wall time tends to that of the slowest group rather than the sum (as far as free cores allow).
 * On H2 it reads them one after the other, each group in its own transaction.
 */
public interface Kpis {
    SalesKpis sales(SalesQuery query);

    ServiceKpis service(ServiceQuery query);

    StaffKpis staff(StaffQuery query);

    /** One row per counted campaign, ordered by revenue (largest first), then name. */
    List<CampaignKpis> marketing(MarketingQuery query);

    /**
     * The four groups of a dashboard page; each figure equals what the group's own method returns for the same
     * query and the same stored data. See the class comment for how adapters read them together.
     */
    default Dashboard dashboard(DashboardQuery query) {
        return new Dashboard(sales(query.sales()), service(query.service()), staff(query.staff()),
                marketing(query.marketing()));
    }
}
