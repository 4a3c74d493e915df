package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

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
import org.crmkit.core.deal.Pipelines;

/**
 * {@link Kpis} computed in the database (H2 or PostgreSQL) with the definitions of the result records: counts,
 * sums and groupings are SQL aggregates, medians read only the middle rows of one ordered column, and no deal,
 * claim or task is loaded as an aggregate. The query's access scope becomes part of every WHERE clause (through
 * {@link ScopedFilterSql}, as the repositories' lists do); a scope must hold a session's {@code ScopedRecordFilter}s
 * or {@code RecordFilter.EVERYTHING} (other filters cannot be expressed in SQL and are refused). Each query runs on
 * one read-only connection, so its figures come from one consistent read where the database gives one.
 *
 * <p>{@link #dashboard} on PostgreSQL reads the four groups concurrently (and the sales close-month statement
 * beside the sales group statement), each on its own pooled connection in a read-only REPEATABLE READ
 * transaction; the sales transaction exports its snapshot and the others import it before their first query, so
 * every figure of the page comes from the same committed state. It holds five connections of the pool at once
 * (the default pool has ten). So that dashboards cannot starve each other (or the application) of connections, only
 * one dashboard at a time fans out: a dashboard asked for while another is being read, or on a HikariCP pool of fewer
 * than {@value #FAN_OUT_MIN_POOL} connections, reads its groups one after the other on one connection, with the
 * same figures. On H2 the groups are always read one after the other.
 */
public final class SqlKpis implements Kpis {
    private final DataSource dataSource;
    private final Pipelines pipelines;
    /** Runs the service, staff and marketing groups of a dashboard beside its sales group (daemon threads). */
    private final ExecutorService groups = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "crmkit-kpi-group");
        t.setDaemon(true);
        return t;
    });

    /** The connections a fanned-out dashboard holds at once, plus room left for the application's own work. */
    static final int FAN_OUT_MIN_POOL = 8;
    /** One fanned-out dashboard at a time: two could otherwise each hold part of a small pool and wait on the rest. */
    private final Semaphore fanOut = new Semaphore(1);
    /** The database behind the data source, asked once (it does not change), not with a connection per dashboard. */
    private volatile KpiDialect dialect;

    public SqlKpis(DataSource dataSource, Pipelines pipelines) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    }

    @Override
    public SalesKpis sales(SalesQuery query) {
        return read(c -> sales(c, query));
    }

    @Override
    public ServiceKpis service(ServiceQuery query) {
        return read(c -> service(c, query));
    }

    @Override
    public StaffKpis staff(StaffQuery query) {
        return read(c -> staff(c, query));
    }

    @Override
    public List<CampaignKpis> marketing(MarketingQuery query) {
        return read(c -> marketing(c, query));
    }

    @Override
    public Dashboard dashboard(DashboardQuery query) {
        if (dialect() != KpiDialect.POSTGRES || !poolAllowsFanOut() || !fanOut.tryAcquire()) {
            return Kpis.super.dashboard(query);
        }
        try {
            return read(true, null, c -> concurrently(c, query));
        } finally {
            fanOut.release();
        }
    }

    /** Stops the dashboard's group threads (idle ones end by themselves; this ends them when the storage closes). */
    public void close() {
        groups.shutdown();
    }

    private KpiDialect dialect() {
        KpiDialect known = dialect;
        if (known == null) {
            known = read(KpiDialect::of);
            dialect = known;
        }
        return known;
    }

    /** Whether the pool is known to be large enough; a DataSource that is not a HikariCP pool is trusted. */
    private boolean poolAllowsFanOut() {
        try {
            return !dataSource.isWrapperFor(HikariDataSource.class)
                    || dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() >= FAN_OUT_MIN_POOL;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The dashboard with sales on {@code c} (whose snapshot the others import), and the other three groups and the
     * sales close-month statement (the second longest of the sales group) on pooled threads and connections. The exporting transaction stays open until the others have finished, since
     * a snapshot can only be imported while its exporter is open.
     */
    private Dashboard concurrently(Connection c, DashboardQuery q) throws SQLException {
        String snapshot;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        SqlSales sales = new SqlSales(pipelines, KpiDialect.POSTGRES);
        Future<List<SqlSales.MonthRow>> months = groups.submit(() -> read(true, snapshot,
                o -> sales.months(o, q.sales())));
        Future<ServiceKpis> service = groups.submit(() -> read(true, snapshot, o -> service(o, q.service())));
        Future<StaffKpis> staff = groups.submit(() -> read(true, snapshot, o -> staff(o, q.staff())));
        Future<List<CampaignKpis>> marketing = groups.submit(() -> read(true, snapshot, o -> marketing(o, q.marketing())));
        try {
            SalesKpis figures = sales.compute(c, q.sales(), new KpiNames(c), () -> result(months));
            return new Dashboard(figures, result(service), result(staff), result(marketing));
        } finally {
            List<Future<?>> started = List.of(months, service, staff, marketing);
            started.forEach(f -> f.cancel(false));
            for (Future<?> f : started) {
                awaitQuietly(f);
            }
        }
    }

    private static <T> T result(Future<T> group) {
        try {
            return group.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("KPI query interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Waits until a group that was started has let go of the snapshot (its outcome was already reported). */
    private static void awaitQuietly(Future<?> group) {
        try {
            group.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // reported by result(), or not started
        }
    }

    private SalesKpis sales(Connection c, SalesQuery query) throws SQLException {
        return new SqlSales(pipelines, KpiDialect.of(c)).compute(c, query, new KpiNames(c));
    }

    private static ServiceKpis service(Connection c, ServiceQuery query) throws SQLException {
        return new SqlService(KpiDialect.of(c)).compute(c, query);
    }

    private static StaffKpis staff(Connection c, StaffQuery query) throws SQLException {
        return new SqlStaff().compute(c, query, new KpiNames(c));
    }

    private static List<CampaignKpis> marketing(Connection c, MarketingQuery query) {
        return new SqlMarketing().compute(c, query);
    }

    private <T> T read(Work<T> work) {
        return read(false, null, work);
    }

    /**
     * Runs {@code work} in a read-only transaction of its own; {@code repeatable} (PostgreSQL) makes it REPEATABLE
     * READ, one snapshot for all its statements, and a {@code snapshot} id makes that the exported one.
     */
    private <T> T read(boolean repeatable, String snapshot, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                if (repeatable) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                        if (snapshot != null) {
                            st.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
                        }
                    }
                }
                KpiDialect.of(c).prepareRead(c);
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("KPI query failed: " + e.getMessage(), e);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
