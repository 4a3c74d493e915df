package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.crmkit.core.analytics.CampaignKpis;
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
 */
public final class SqlKpis implements Kpis {
    private final DataSource dataSource;
    private final Pipelines pipelines;

    public SqlKpis(DataSource dataSource, Pipelines pipelines) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    }

    @Override
    public SalesKpis sales(SalesQuery query) {
        return read(c -> new SqlSales(pipelines, KpiDialect.of(c)).compute(c, query, new KpiNames(c)));
    }

    @Override
    public ServiceKpis service(ServiceQuery query) {
        return read(c -> new SqlService(KpiDialect.of(c)).compute(c, query));
    }

    @Override
    public StaffKpis staff(StaffQuery query) {
        return read(c -> new SqlStaff().compute(c, query, new KpiNames(c)));
    }

    @Override
    public List<CampaignKpis> marketing(MarketingQuery query) {
        return read(c -> new SqlMarketing().compute(c, query));
    }

    private <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
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
