package org.crmkit.core.internal.memory;

import java.util.List;
import java.util.Objects;

import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffKpis;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.campaign.Campaigns;
import org.crmkit.core.claim.Claims;
import org.crmkit.core.client.Clients;
import org.crmkit.core.deal.Deals;
import org.crmkit.core.deal.Pipelines;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.task.Tasks;

/**
 * {@link Kpis} computed in memory from the repository ports: it reads every record of a kind once per query and
 * keeps only what the query's access scope admits. Right for the embedded default and for tests; a database
 * adapter computes the same definitions in SQL instead of loading the records.
 */
public final class InMemoryKpis implements Kpis {
    private final Deals deals;
    private final Claims claims;
    private final Tasks tasks;
    private final Campaigns campaigns;
    private final Employees employees;
    private final Departments departments;
    private final SalesFigures sales;

    public InMemoryKpis(Deals deals, Pipelines pipelines, Clients clients, Claims claims, Tasks tasks,
                        Campaigns campaigns, Employees employees, Departments departments, DealLabels labels) {
        this.deals = Objects.requireNonNull(deals, "deals");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.employees = Objects.requireNonNull(employees, "employees");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.sales = new SalesFigures(Objects.requireNonNull(pipelines, "pipelines"),
                Objects.requireNonNull(clients, "clients"), Objects.requireNonNull(labels, "labels"));
    }

    @Override
    public SalesKpis sales(SalesQuery query) {
        return sales.compute(deals.all(), query, directory());
    }

    @Override
    public ServiceKpis service(ServiceQuery query) {
        return ServiceFigures.compute(claims.all(), query);
    }

    @Override
    public StaffKpis staff(StaffQuery query) {
        return StaffFigures.compute(tasks.all(), deals.all(), claims.all(), query, directory());
    }

    @Override
    public List<CampaignKpis> marketing(MarketingQuery query) {
        return MarketingFigures.compute(campaigns.all(), deals, query);
    }

    private KpiDirectory directory() {
        return new KpiDirectory(employees, departments);
    }
}
