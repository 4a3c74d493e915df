package org.crmkit.benchmarks.analytics;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.crmkit.core.analytics.Dashboard;
import org.crmkit.core.analytics.DashboardQuery;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.analytics.AnalyticsUseCases;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.persistence.PersistentCrm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole HTML dashboard's KPIs (sales with every slice and the funnel, service, staff scorecards, campaigns)
 * computed by {@code SqlKpis} on PostgreSQL over 1,000,000 deals, 200,000 claims and 1,000,000 tasks: one
 * single-shot call per iteration, as a reader opening the dashboard. {@code reader=system} counts everything (the
 * CEO's view, the heaviest); {@code reader=headOfSales} goes through a session whose access filter (one office's
 * department subtree) is in every WHERE clause.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
@Threads(1)
@State(Scope.Benchmark)
public class DashboardKpisBenchmark {
    private static final Instant AS_OF = Instant.parse("2025-01-01T00:00:00Z");

    @Param({"system", "headOfSales"})
    public String reader;

    /**
     * {@code dashboard}: {@code AnalyticsUseCases.dashboard}, the four groups read at once (on PostgreSQL
     * concurrently, at one snapshot); {@code oneByOne}: the four group methods called one after the other.
     */
    @Param({"dashboard", "oneByOne"})
    public String read;

    private PersistentCrm storage;
    private AnalyticsUseCases analytics;

    @Setup(Level.Trial)
    public void open() {
        storage = DashboardDatabase.open();
        Crm crm = storage.crmBuilder().build();
        analytics = "system".equals(reader) ? crm.system("dashboard benchmark").analytics(storage.kpis())
                : crm.as(headOfSales()).analytics(storage.kpis());
    }

    /** md5('emp200')::uuid, the head of office 1 seeded by the script. */
    private static EmployeeId headOfSales() {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest("emp200".getBytes());
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(md5);
            return new EmployeeId(new UUID(b.getLong(), b.getLong()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        storage.close();
    }

    @Benchmark
    public Dashboard wholeDashboard() {
        DashboardQuery q = new DashboardQuery(SalesQuery.of("USD"), ServiceQuery.asOf(AS_OF),
                StaffQuery.asOf(AS_OF, "USD"), MarketingQuery.of("USD"));
        return "dashboard".equals(read) ? analytics.dashboard(q) : new Dashboard(analytics.sales(q.sales()),
                analytics.service(q.service()), analytics.staff(q.staff()), analytics.marketing(q.marketing()));
    }
}
