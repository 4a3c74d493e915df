package org.crmkit.core.analytics;

import java.util.Objects;

/**
 * What a whole dashboard page looks at: one query per KPI group, read together by {@link Kpis#dashboard}.
 */
public record DashboardQuery(SalesQuery sales, ServiceQuery service, StaffQuery staff, MarketingQuery marketing) {
    public DashboardQuery {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(marketing, "marketing");
    }

    /** The same queries, each limited to {@code scope} (see the groups' own {@code within}). */
    public DashboardQuery within(AccessScope scope) {
        return new DashboardQuery(sales.within(scope), service.within(scope), staff.within(scope),
                marketing.within(scope));
    }
}
