package org.crmkit.core.application.analytics;

import java.util.List;
import java.util.Objects;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.analytics.AccessScope;
import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.Dashboard;
import org.crmkit.core.analytics.DashboardQuery;
import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffKpis;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.internal.ProtectedRecords;

/**
 * KPIs for the session's reader. Every query needs {@code report.read}; whatever access scope the caller put in
 * the query is replaced by the session's own list filters ({@code deal.read}, {@code claim.read},
 * {@code task.read}, {@code campaign.read}), so a sales manager's dashboard counts only the records they may
 * see, and nobody can widen it by passing {@link AccessScope#everything()}.
 */
public final class AnalyticsUseCases {
    private static final Permission REPORT_READ = Permission.of(Resource.REPORT, Action.READ);

    private final SessionContext session;
    private final Kpis kpis;

    public AnalyticsUseCases(SessionContext session, Kpis kpis) {
        this.session = session;
        this.kpis = Objects.requireNonNull(kpis, "kpis");
    }

    public SalesKpis sales(SalesQuery query) {
        return kpis.sales(query.within(scope()));
    }

    public ServiceKpis service(ServiceQuery query) {
        return kpis.service(query.within(scope()));
    }

    public StaffKpis staff(StaffQuery query) {
        return kpis.staff(query.within(scope()));
    }

    public List<CampaignKpis> marketing(MarketingQuery query) {
        return kpis.marketing(query.within(scope()));
    }

    /** The whole dashboard page, every group within the session's filters (checked once), read as {@link Kpis#dashboard} says. */
    public Dashboard dashboard(DashboardQuery query) {
        return kpis.dashboard(query.within(scope()));
    }

    /** The session's filters; checks {@code report.read} first (and audits it in a system context). */
    private AccessScope scope() {
        session.require(REPORT_READ);
        return new AccessScope(
                session.filter(Permission.of(Resource.DEAL, Action.READ)),
                session.filter(Permission.of(Resource.CLAIM, Action.READ)),
                session.filter(Permission.of(Resource.TASK, Action.READ)),
                session.filter(Permission.of(ProtectedRecords.CAMPAIGN, Action.READ)));
    }
}
