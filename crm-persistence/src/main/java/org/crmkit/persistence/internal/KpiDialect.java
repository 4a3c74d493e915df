package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** The few expressions the KPI queries write differently on PostgreSQL and H2. */
enum KpiDialect {
    POSTGRES {
        /**
         * The difference's seconds as a double (date_part, not EXTRACT, which computes in numeric: that cost the
         * service statements half their time), rounded to whole microseconds. Exact for durations under about
         * 30 years (10^15 microseconds): the double's error stays well below half a microsecond.
         */
        @Override
        String micros(String later, String earlier) {
            return "CAST(ROUND(date_part('epoch', " + later + " - " + earlier + ") * 1000000) AS BIGINT)";
        }

        // date_trunc rather than to_char: a third of the time per row, and the ISO text is made once per group.
        @Override
        String month(String timestamp) {
            return "date_trunc('month', " + timestamp + " AT TIME ZONE ?)";
        }

        @Override
        String monthOf(ResultSet rs, int column) throws SQLException {
            return YearMonth.from(rs.getObject(column, LocalDateTime.class)).toString();
        }

        /**
         * For this transaction only: no JIT, since a KPI statement over a million rows costs PostgreSQL's default
         * JIT seconds of compiling (it measured 3.1 s of 8.4 s) for a query that runs once; and 32 MB of work
         * memory instead of the default 4 MB, so that the median sorts (up to a few hundred thousand values) and
         * the hash tables of the groupings and joins stay in memory instead of spilling to disk. A KPI read holds
         * one connection and runs one statement at a time, so this bounds it at 32 MB per sort or hash node.
         */
        @Override
        void prepareRead(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL jit = off");
                st.execute("SET LOCAL work_mem = '32MB'");
            }
        }
    },
    H2 {
        @Override
        String micros(String later, String earlier) {
            return "DATEDIFF(MICROSECOND, " + earlier + ", " + later + ")";
        }

        @Override
        String month(String timestamp) {
            return "FORMATDATETIME(" + timestamp + ", 'yyyy-MM', 'en', ?)";
        }
    };

    /**
     * The microseconds from {@code earlier} to {@code later}, exact (times are stored at microsecond precision;
     * on PostgreSQL for durations under about 30 years).
     */
    abstract String micros(String later, String earlier);

    /** Settings for the current (read-only) transaction of one KPI query; none by default. */
    void prepareRead(Connection c) throws SQLException {
    }

    /**
     * The month of a timestamp in the zone bound to the one {@code ?} of the expression, as a value to group by;
     * {@link #monthOf} reads it back as the ISO month ("2017-03").
     */
    abstract String month(String timestamp);

    /** The ISO month of a column that {@link #month} computed. */
    String monthOf(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    static KpiDialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRES : H2;
    }
}
