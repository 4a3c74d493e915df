package org.crmkit.examples.dashboard;

import java.util.List;

import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.StaffKpis;

/** The KPIs a dashboard shows, as one reader was allowed to see them. */
public record DashboardData(String title, SalesKpis sales, ServiceKpis service, StaffKpis staff,
                            List<CampaignKpis> campaigns) {
}
