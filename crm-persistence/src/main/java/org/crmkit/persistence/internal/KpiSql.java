package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.ScopedRecordFilter;
import org.crmkit.core.analytics.Period;

/**
 * A KPI statement being built: SQL text with {@code ?} placeholders and its parameters in order. Conditions are
 * added as fragments with their own parameters, so the text and the values never drift apart; the access filter
 * comes from {@link ScopedFilterSql} (its named parameters are turned into positional ones here).
 */
final class KpiSql {
    private static final org.slf4j.Logger TIMING = org.slf4j.LoggerFactory.getLogger("org.crmkit.persistence.KpiSql");

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private boolean nothing;

    KpiSql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(List.of(values));
        return this;
    }

    /** Appends another statement (a sub-query or condition) with its parameters. */
    KpiSql append(KpiSql other) {
        text.append(other.text);
        params.addAll(other.params);
        nothing |= other.nothing;
        return this;
    }

    /**
     * Appends " AND (access condition)" for table alias {@code r}. {@link RecordFilter#EVERYTHING} adds nothing; a
     * filter that admits nothing marks the statement so its caller returns empty figures without running it.
     * Any other filter cannot be translated and is refused with a message saying what to pass instead.
     */
    KpiSql andAdmittedBy(ScopedFilterSql access, RecordFilter filter) {
        if (filter == RecordFilter.EVERYTHING) {
            return this;
        }
        if (!(filter instanceof ScopedRecordFilter scoped)) {
            throw new IllegalArgumentException("SQL KPIs apply a ScopedRecordFilter (a session's access filter) or "
                    + "RecordFilter.EVERYTHING in the database; a " + filter.getClass().getName()
                    + " cannot be translated into SQL");
        }
        Map<String, Object> named = new HashMap<>();
        Optional<String> where = access.where(scoped, named);
        if (where.isEmpty()) {
            nothing = true;
            return append(" AND 1=0");
        }
        return append(" AND " + NamedParameters.positional(where.get(), named, params));
    }

    /** " AND column in [from, to)", leaving out an unbounded side. */
    KpiSql andWithin(String column, Period period) {
        if (!period.from().equals(Instant.MIN)) {
            append(" AND " + column + " >= ?", at(period.from()));
        }
        if (!period.to().equals(Instant.MAX)) {
            append(" AND " + column + " < ?", at(period.to()));
        }
        return this;
    }

    /** Whether the access filter admits nothing, so the statement need not run. */
    boolean admitsNothing() {
        return nothing;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Runs the statement and hands each row to the reader. At DEBUG, logger {@code org.crmkit.persistence.KpiSql}
     * reports each statement's time (to see which figure costs what on a real data set).
     */
    void forEach(Connection c, RowReader reader) {
        long started = System.nanoTime();
        try (PreparedStatement st = c.prepareStatement(text.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            if (TIMING.isDebugEnabled()) {
                TIMING.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000, text);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("KPI query failed: " + e.getMessage() + "\n" + text, e);
        }
    }

    @Override
    public String toString() {
        return text + " " + params;
    }

    /** Reads one row of a KPI result. */
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static long longOf(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    static BigDecimal decimalOf(ResultSet rs, int column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? BigDecimal.ZERO : v;
    }

    static Instant instantOf(ResultSet rs, int column) throws SQLException {
        OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
        return v == null ? null : v.toInstant();
    }
}
