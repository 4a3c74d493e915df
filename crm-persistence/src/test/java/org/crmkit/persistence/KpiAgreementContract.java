package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.crmkit.core.analytics.Dashboard;
import org.crmkit.core.analytics.DashboardQuery;
import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.analytics.Dimension;
import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.Period;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.crmkit.core.internal.memory.InMemoryKpis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SQL KPIs give exactly the in-memory KPIs on the same seeded random company, for every query shape the
 * dashboard uses: all time and one period, two currencies, another zone for months, business-time measuring, and
 * through sessions of the system, a sales manager (own records only) and a head of sales (a department subtree).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KpiAgreementContract {
    private TestDatabases.Opened db;
    private Crm inMemory;
    private Crm onDatabase;
    private Kpis memoryKpis;
    private KpiWorldGenerator world;

    abstract TestDatabases.Opened open();

    /** The seed of the generated company; another one is tried with -Dcrmkit.kpi.seed=N. */
    private static final long SEED = Long.getLong("crmkit.kpi.seed", 20_250_101L);

    @BeforeAll
    void openDatabaseAndGenerate() {
        db = open();
        generate(SEED);
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private void generate(long seed) {
        Repositories repos = Repositories.inMemory();
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        DealLabels labels = new InMemoryDealLabels();
        world = new KpiWorldGenerator(seed, repos, campaigns, labels, db.storage());
        // One transaction for the whole data set: the comparison is about reading, not about 700 commits.
        db.storage().transactions().inTransaction(() -> {
            world.generate(300, 150, 150, 4);
            return null;
        });
        memoryKpis = new InMemoryKpis(repos.deals(), repos.pipelines(), repos.clients(), repos.claims(),
                repos.tasks(), campaigns, repos.employees(), repos.departments(), labels);
        inMemory = Crm.builder().repositories(repos).build();
        onDatabase = db.storage().crmBuilder().build();
    }

    private <T> void agree(Function<CrmSession, T> memoryResult, Function<CrmSession, T> databaseResult,
                           String what) {
        for (String who : List.of("system", "sales manager", "head of sales")) {
            T expected = memoryResult.apply(session(inMemory, who));
            T actual = databaseResult.apply(session(onDatabase, who));
            assertThat(actual).as(what + " for " + who).isEqualTo(expected);
        }
    }

    private CrmSession session(Crm crm, String who) {
        return switch (who) {
            case "system" -> crm.system("KPI agreement test");
            case "sales manager" -> crm.as(world.sellers.get(1));
            default -> crm.as(world.headOfNorth);
        };
    }

    private static final Period YEAR_2025 = Period.days(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            ZoneId.of("UTC"));

    @Test
    void sales_kpis_in_sql_equal_the_in_memory_kpis_whole_and_sliced() {
        for (SalesQuery q : List.of(SalesQuery.of("USD"), SalesQuery.of("EUR").in(YEAR_2025),
                new SalesQuery(YEAR_2025, Currency.getInstance("USD"), PipelineKey.DEFAULT,
                        ZoneId.of("Asia/Vladivostok"), SalesQuery.of("USD").scope()))) {
            agree(s -> s.analytics(memoryKpis).sales(q), s -> s.analytics(db.storage().kpis()).sales(q),
                    "sales " + q.currency() + " " + q.period());
        }
        SalesKpis all = onDatabase.system("check").analytics(db.storage().kpis()).sales(SalesQuery.of("USD"));
        assertThat(all.deals()).as("the data set has deals to compare").isGreaterThan(100);
        assertThat(all.won()).isPositive();
        assertThat(all.lost()).isPositive();
        for (Dimension d : Dimension.values()) {
            assertThat(all.by(d)).as(d + " has several keys").hasSizeGreaterThan(1);
        }
    }

    @Test
    void service_staff_and_marketing_kpis_in_sql_equal_the_in_memory_kpis() {
        ServiceQuery service = ServiceQuery.asOf(KpiWorldGenerator.NOW);
        ServiceQuery businessTime = service.in(YEAR_2025).measuredBy((a, b) -> Duration.between(a, b).dividedBy(3));
        for (ServiceQuery q : List.of(service, businessTime)) {
            agree(s -> s.analytics(memoryKpis).service(q), s -> s.analytics(db.storage().kpis()).service(q),
                    "service " + q.period());
        }
        for (StaffQuery q : List.of(StaffQuery.asOf(KpiWorldGenerator.NOW, "USD"),
                StaffQuery.asOf(KpiWorldGenerator.NOW.minus(Duration.ofDays(200)), "EUR").in(YEAR_2025))) {
            agree(s -> s.analytics(memoryKpis).staff(q), s -> s.analytics(db.storage().kpis()).staff(q),
                    "staff " + q.period());
        }
        for (MarketingQuery q : List.of(MarketingQuery.of("USD"), new MarketingQuery(Period.days(
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31), ZoneId.of("UTC")), Currency.getInstance("USD"),
                ZoneId.of("Europe/Moscow"), MarketingQuery.of("USD").scope()))) {
            agree(s -> s.analytics(memoryKpis).marketing(q), s -> s.analytics(db.storage().kpis()).marketing(q),
                    "marketing " + q.period());
        }
        var system = onDatabase.system("check").analytics(db.storage().kpis());
        assertThat(system.service(service).claims()).as("the data set has claims").isGreaterThan(50);
        assertThat(system.service(service).resolution().count()).isPositive();
        assertThat(system.service(service).supplierDelays().late().denominator()).isPositive();
        assertThat(system.staff(StaffQuery.asOf(KpiWorldGenerator.NOW, "USD")).employees()).hasSizeGreaterThan(3);
        assertThat(system.marketing(MarketingQuery.of("USD"))).hasSize(4)
                .anySatisfy(c -> assertThat(c.won()).isPositive());
    }

    /**
     * The whole dashboard read at once (on PostgreSQL: four groups concurrently at one exported snapshot) equals
     * the in-memory KPIs of each group, for every reader.
     */
    @Test
    void the_dashboard_read_at_once_equals_the_in_memory_kpis_of_each_group() {
        for (DashboardQuery q : List.of(new DashboardQuery(SalesQuery.of("USD"), ServiceQuery.asOf(KpiWorldGenerator.NOW),
                        StaffQuery.asOf(KpiWorldGenerator.NOW, "USD"), MarketingQuery.of("USD")),
                new DashboardQuery(SalesQuery.of("EUR").in(YEAR_2025),
                        ServiceQuery.asOf(KpiWorldGenerator.NOW).in(YEAR_2025),
                        StaffQuery.asOf(KpiWorldGenerator.NOW, "EUR").in(YEAR_2025), MarketingQuery.of("EUR")))) {
            agree(s -> s.analytics(memoryKpis).dashboard(q), s -> s.analytics(db.storage().kpis()).dashboard(q),
                    "dashboard " + q.sales().period());
        }
        Dashboard all = onDatabase.system("check").analytics(db.storage().kpis()).dashboard(new DashboardQuery(
                SalesQuery.of("USD"), ServiceQuery.asOf(KpiWorldGenerator.NOW),
                StaffQuery.asOf(KpiWorldGenerator.NOW, "USD"), MarketingQuery.of("USD")));
        assertThat(all.sales().deals()).as("every group has figures").isGreaterThan(100);
        assertThat(all.service().claims()).isGreaterThan(50);
        assertThat(all.staff().employees()).hasSizeGreaterThan(3);
        assertThat(all.campaigns()).hasSize(4);
    }

    /**
     * Eight dashboards asked for at once from four threads all finish and all equal the one read alone: on
     * PostgreSQL only one fans out over five pooled connections at a time, the others read one group after another,
     * so they cannot starve each other of the pool's ten connections.
     */
    @Test
    void dashboards_asked_for_at_once_all_finish_with_the_same_figures() throws Exception {
        DashboardQuery q = new DashboardQuery(SalesQuery.of("USD"), ServiceQuery.asOf(KpiWorldGenerator.NOW),
                StaffQuery.asOf(KpiWorldGenerator.NOW, "USD"), MarketingQuery.of("USD"));
        Dashboard alone = onDatabase.system("check").analytics(db.storage().kpis()).dashboard(q);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Dashboard>> read = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                read.add(readers.submit(() -> onDatabase.system("check").analytics(db.storage().kpis()).dashboard(q)));
            }
            for (Future<Dashboard> each : read) {
                assertThat(each.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
            }
        } finally {
            readers.shutdownNow();
        }
    }
}
