package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** The few expressions the KPI queries write differently on PostgreSQL and H2. */
enum KpiDialect {
    POSTGRES {
        @Override
        String micros(String later, String earlier) {
            return "CAST((EXTRACT(EPOCH FROM " + later + ") - EXTRACT(EPOCH FROM " + earlier + ")) * 1000000 AS BIGINT)";
        }

        @Override
        String month(String timestamp) {
            return "to_char(" + timestamp + " AT TIME ZONE ?, 'YYYY-MM')";
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

    /** The microseconds from {@code earlier} to {@code later}, exact (times are stored at microsecond precision). */
    abstract String micros(String later, String earlier);

    /** The ISO month ("2017-03") of a timestamp in the zone bound to the one {@code ?} of the expression. */
    abstract String month(String timestamp);

    static KpiDialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRES : H2;
    }
}
