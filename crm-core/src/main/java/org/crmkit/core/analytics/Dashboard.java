package org.crmkit.core.analytics;

import java.util.List;
import java.util.Objects;

/** The four KPI groups of a dashboard page, as {@link Kpis#dashboard} read them. */
public record Dashboard(SalesKpis sales, ServiceKpis service, StaffKpis staff, List<CampaignKpis> campaigns) {
    public Dashboard {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(staff, "staff");
        campaigns = List.copyOf(campaigns);
    }
}
