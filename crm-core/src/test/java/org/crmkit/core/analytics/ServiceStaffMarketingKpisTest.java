package org.crmkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.analytics.KpiWorld.day;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.campaign.CampaignChannel;
import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.CampaignPeriod;
import org.crmkit.core.campaign.Recipient;
import org.crmkit.core.campaign.ResponseStatus;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.junit.jupiter.api.Test;

class ServiceStaffMarketingKpisTest {
    private final KpiWorld w = new KpiWorld();

    private Claim claim(String category, double registeredDay) {
        return Claim.register(ClaimId.newId(), w.tech, null, ClaimChannel.EMAIL, ClaimCategory.of(category),
                Severity.MEDIUM, "broken", "it broke", null, null, w.east, day(w.bob, registeredDay));
    }

    private Stamp hours(double h) {
        return Stamp.of(w.bob, KpiWorld.T0.plus(Duration.ofMinutes(Math.round(h * 60))));
    }

    @Test
    void service_kpis_measure_response_resolution_sla_reopens_suppliers_and_satisfaction() {
        // c1: answered after 2h, resolved after 10h against a 24h deadline, scored 5
        Claim c1 = claim("delivery", 0);
        c1.setDeadlines(null, hours(24).at(), hours(0));
        c1.respond(hours(2));
        c1.review(hours(3));
        c1.assign(w.east, w.bob, hours(3));
        c1.resolve("sent again", hours(10));
        c1.rateSatisfaction(5, hours(11));
        // c2: first response by review after 4h, resolved after 30h: late; scored 2
        Claim c2 = claim("delivery", 0);
        c2.setDeadlines(null, hours(24).at(), hours(0));
        c2.review(hours(4));
        c2.assign(w.east, w.bob, hours(4));
        c2.involveSupplier("Acme Parts", "replace", hours(6).at(), hours(5));
        c2.recordSupplierAnswer("done", hours(9));
        c2.resolve("replaced", hours(30));
        c2.rateSatisfaction(2, hours(31));
        // c3: resolved, then reopened and still open: finished once, reopened, not resolved now
        Claim c3 = claim("quality", 0);
        c3.review(hours(6));
        c3.assign(w.east, w.bob, hours(6));
        c3.resolve("fixed", hours(7));
        c3.reopen("not fixed", hours(8));
        for (Claim c : new Claim[] {c1, c2, c3}) {
            w.repos.claims().save(c);
        }

        ServiceKpis k = w.kpis.service(ServiceQuery.asOf(hours(100).at()));

        assertThat(k.claims()).isEqualTo(3);
        assertThat(k.open()).isEqualTo(1);
        assertThat(k.byCategory()).containsExactly(new CategoryRow("delivery", 2, Ratio.of(1, 2)),
                new CategoryRow("quality", 1, Ratio.of(0, 0)));
        assertThat(k.firstResponse().median()).contains(Duration.ofHours(4));
        assertThat(k.resolution().count()).isEqualTo(2);
        assertThat(k.resolution().median()).contains(Duration.ofHours(20));
        assertThat(k.slaCompliance()).isEqualTo(Ratio.of(1, 2));
        assertThat(k.reopenRate()).isEqualTo(Ratio.of(1, 3));
        assertThat(k.supplierDelays().late()).isEqualTo(Ratio.of(1, 1));
        assertThat(k.supplierDelays().lateBySupplier()).containsEntry("Acme Parts", 1L);
        assertThat(k.supplierDelays().delay().median()).contains(Duration.ofHours(3));
        assertThat(k.satisfaction()).contains(new BigDecimal("3.50"));
    }

    @Test
    void business_time_is_measured_by_the_function_the_query_gives() {
        Claim c = claim("delivery", 0);
        c.respond(hours(10));
        w.repos.claims().save(c);

        ServiceKpis k = w.kpis.service(ServiceQuery.asOf(hours(20).at())
                .measuredBy((from, to) -> Duration.between(from, to).dividedBy(2)));

        assertThat(k.firstResponse().median()).contains(Duration.ofHours(5));
    }

    @Test
    void staff_scorecards_count_tasks_done_on_time_overdue_load_and_deals() {
        Task onTime = Task.create(TaskId.newId(), "call", null, w.alice, w.centralTeam, hours(48).at(),
                Priority.NORMAL, TaskLink.none(), hours(0));
        onTime.start(hours(1));
        onTime.complete(hours(24));
        Task late = Task.create(TaskId.newId(), "visit", null, w.alice, w.centralTeam, hours(10).at(),
                Priority.NORMAL, TaskLink.none(), hours(0));
        late.start(hours(1));
        late.complete(hours(24));
        Task overdue = Task.create(TaskId.newId(), "quote", null, w.bob, w.east, hours(10).at(),
                Priority.NORMAL, TaskLink.none(), hours(0));
        for (Task t : new Task[] {onTime, late, overdue}) {
            w.repos.tasks().save(t);
        }
        w.closeAt(w.bob, w.tech, "3000", 0, 5, true);
        w.closeAt(w.bob, w.tech, "100", 0, 5, false);

        StaffKpis k = w.kpis.staff(StaffQuery.asOf(hours(50).at(), "USD"));

        Scorecard bob = k.employees().get(0);
        assertThat(bob.name()).isEqualTo("Bob Brown");
        assertThat(bob.overdue()).isEqualTo(1);
        assertThat(bob.revenue()).isEqualTo(Money.of("3000", "USD"));
        assertThat(bob.winRate()).isEqualTo(Ratio.of(1, 2));
        Scorecard alice = k.employees().get(1);
        assertThat(alice.tasksOnTime()).isEqualTo(Ratio.of(1, 2));
        assertThat(k.departments()).extracting(Scorecard::name).containsExactly("East", "Central team 1");
    }

    @Test
    void campaign_kpis_count_members_responses_and_the_revenue_of_attributed_won_deals() {
        Campaign c = Campaign.plan(CampaignId.newId(), "Spring", CampaignChannel.of("Email"),
                CampaignPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)), Money.of("1000", "USD"),
                null, w.alice, w.central, day(w.alice, 0));
        c.start(day(w.alice, 0));
        Recipient a = Recipient.client(w.tech);
        Recipient b = Recipient.client(w.retail);
        c.invite(a, day(w.alice, 0));
        c.invite(b, day(w.alice, 0));
        c.recordResponse(a, ResponseStatus.CONVERTED, day(w.alice, 1));
        c.recordResponse(b, ResponseStatus.OPTED_OUT, day(w.alice, 1));
        Deal won1 = w.closeAt(w.alice, w.tech, "3000", 0, 5, true);
        Deal won2 = w.closeAt(w.bob, w.tech, "1000", 0, 5, true);
        Deal lost = w.closeAt(w.alice, w.tech, "700", 0, 5, false);
        for (Deal d : new Deal[] {won1, won2, lost}) {
            c.attributeDeal(d.id(), day(w.alice, 6));
        }
        w.save(c);

        CampaignKpis k = w.kpis.marketing(MarketingQuery.of("USD")).get(0);

        assertThat(k.members()).isEqualTo(2);
        assertThat(k.responded()).isEqualTo(1);
        assertThat(k.converted()).isEqualTo(1);
        assertThat(k.optedOut()).isEqualTo(1);
        assertThat(k.responseRate()).isEqualTo(Ratio.of(1, 2));
        assertThat(k.deals()).isEqualTo(3);
        assertThat(k.won()).isEqualTo(2);
        assertThat(k.revenue()).isEqualTo(Money.of("4000", "USD"));
        assertThat(k.costPerWonDeal()).contains(Money.of("500", "USD"));

        AccessScope aliceOnly = new AccessScope(r -> r.owner().equals(w.alice), r -> true, r -> true, r -> true);
        CampaignKpis seenByAlice = w.kpis.marketing(MarketingQuery.of("USD").within(aliceOnly)).get(0);
        assertThat(seenByAlice.revenue()).isEqualTo(Money.of("3000", "USD"));
    }

    @Test
    void the_use_case_needs_report_read_and_counts_only_what_the_session_may_see() {
        Crm crm = Crm.builder().repositories(w.repos).build();
        EmployeeId head = EmployeeId.newId();
        w.repos.employees().save(Employee.hire(head, PersonName.of("Hanna", "Head"), "head", w.central,
                Set.of(RoleName.of(StandardRoles.HEAD_OF_SALES_NAME.value()))));
        EmployeeId agent = EmployeeId.newId();
        w.repos.employees().save(Employee.hire(agent, PersonName.of("Sam", "Agent"), "agent", w.east,
                Set.of(RoleName.of(StandardRoles.SERVICE_AGENT_NAME.value()))));
        w.closeAt(w.alice, w.tech, "1000", 0, 5, true);
        w.closeAt(w.bob, w.tech, "3000", 0, 5, true);

        EmployeeId seller = EmployeeId.newId();
        w.repos.employees().save(Employee.hire(seller, PersonName.of("Sally", "Seller"), "seller", w.east,
                Set.of(RoleName.of(StandardRoles.SALES_MANAGER_NAME.value()))));
        w.closeAt(seller, w.tech, "250", 0, 5, true);
        SalesKpis sellersOwn = crm.as(seller).analytics(w.kpis).sales(SalesQuery.of("USD"));
        assertThat(sellersOwn.won()).isEqualTo(1);
        assertThat(sellersOwn.revenue()).isEqualTo(Money.of("250", "USD"));

        CrmSession headOfCentral = crm.as(head);
        SalesKpis seen = headOfCentral.analytics(w.kpis).sales(SalesQuery.of("USD"));
        assertThat(seen.won()).isEqualTo(1);
        assertThat(seen.revenue()).isEqualTo(Money.of("1000", "USD"));
        assertThat(crm.system("monthly report").analytics(w.kpis).sales(SalesQuery.of("USD")).won()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> crm.as(agent).analytics(w.kpis)
                .sales(SalesQuery.of("USD"))).isInstanceOf(AccessDenied.class).hasMessageContaining("report.read");

        // the whole dashboard: each group as its own query gives it, within the session's filters, same check
        DashboardQuery page = new DashboardQuery(SalesQuery.of("USD"), ServiceQuery.asOf(hours(100).at()),
                StaffQuery.asOf(hours(100).at(), "USD"), MarketingQuery.of("USD"));
        Dashboard ofHead = headOfCentral.analytics(w.kpis).dashboard(page);
        assertThat(ofHead.sales()).isEqualTo(seen);
        assertThat(ofHead.staff()).isEqualTo(headOfCentral.analytics(w.kpis).staff(page.staff()));
        assertThat(ofHead.service()).isEqualTo(headOfCentral.analytics(w.kpis).service(page.service()));
        assertThat(ofHead.campaigns()).isEqualTo(headOfCentral.analytics(w.kpis).marketing(page.marketing()));
        assertThat(crm.system("monthly report").analytics(w.kpis).dashboard(page).sales().won()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> crm.as(agent).analytics(w.kpis).dashboard(page))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("report.read");
    }
}
