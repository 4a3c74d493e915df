package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One statement that aggregates the same rows under several groupings at once, so that a dashboard's figures and
 * slices share one scan of the table instead of one scan each. PostgreSQL runs it as {@code GROUP BY GROUPING
 * SETS}; H2, which has no grouping sets, as a {@code UNION ALL} of one {@code GROUP BY} per grouping (its embedded
 * data sets are small).
 *
 * <p>The rows come from a SELECT (the "base", aliased {@code b}) whose named columns hold the keys and the values
 * to aggregate. Each result row is handed over with the index of its grouping, its keys (null for the keys that
 * grouping does not use) and its aggregates, in the order they were given.
 */
final class KpiGroups {
    private final KpiDialect dialect;
    private final List<List<String>> groupings = new ArrayList<>();
    private final List<String> aggregates = new ArrayList<>();

    KpiGroups(KpiDialect dialect) {
        this.dialect = dialect;
    }

    /** Adds a grouping by these base columns (none: the grand total); its index is the order of the calls. */
    KpiGroups by(String... keys) {
        groupings.add(List.of(keys));
        return this;
    }

    /** Adds an aggregate over base columns, e.g. {@code SUM(b.won)}. */
    KpiGroups aggregate(String expression) {
        aggregates.add(expression);
        return this;
    }

    /** Runs the statement over the base rows and hands every result row to the reader. */
    void forEach(Connection c, KpiSql base, Reader reader) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(groupings.stream().flatMap(List::stream).toList()));
        Map<Integer, Integer> groupingOfMask = new HashMap<>();
        for (int g = 0; g < groupings.size(); g++) {
            groupingOfMask.put(mask(keys, groupings.get(g)), g);
        }
        KpiSql statement = dialect == KpiDialect.POSTGRES ? groupingSets(base, keys) : unionAll(base, keys);
        statement.forEach(c, rs -> reader.read(groupingOfMask.get(rs.getInt(1)), new Row(rs, keys)));
    }

    private KpiSql groupingSets(KpiSql base, List<String> keys) {
        KpiSql sql = new KpiSql().append("SELECT GROUPING(" + String.join(", ", qualified(keys)) + ")");
        keys.forEach(k -> sql.append(", b." + k));
        aggregates.forEach(a -> sql.append(", " + a));
        sql.append(" FROM (").append(base).append(") b GROUP BY GROUPING SETS (");
        for (int g = 0; g < groupings.size(); g++) {
            sql.append((g == 0 ? "(" : ", (") + String.join(", ", qualified(groupings.get(g))) + ")");
        }
        return sql.append(")");
    }

    private KpiSql unionAll(KpiSql base, List<String> keys) {
        KpiSql sql = new KpiSql();
        for (int g = 0; g < groupings.size(); g++) {
            List<String> grouped = groupings.get(g);
            sql.append((g == 0 ? "" : " UNION ALL ") + "SELECT " + mask(keys, grouped));
            keys.forEach(k -> sql.append(grouped.contains(k) ? ", b." + k : ", NULL"));
            aggregates.forEach(a -> sql.append(", " + a));
            sql.append(" FROM (").append(base).append(") b");
            if (!grouped.isEmpty()) {
                sql.append(" GROUP BY " + String.join(", ", qualified(grouped)));
            }
        }
        return sql;
    }

    /** What GROUPING(all keys) returns for a grouping: a 1 bit for each key it does not group by, first key highest. */
    private static int mask(List<String> keys, List<String> grouped) {
        int mask = 0;
        for (String k : keys) {
            mask = (mask << 1) | (grouped.contains(k) ? 0 : 1);
        }
        return mask;
    }

    private static List<String> qualified(List<String> columns) {
        return columns.stream().map(k -> "b." + k).toList();
    }

    /** One result row: keys by name, aggregates by position (0 = the first one added). */
    static final class Row {
        private final ResultSet rs;
        private final List<String> keys;

        private Row(ResultSet rs, List<String> keys) {
            this.rs = rs;
            this.keys = keys;
        }

        Object key(String name) throws SQLException {
            return rs.getObject(2 + keys.indexOf(name));
        }

        String text(String name) throws SQLException {
            Object v = key(name);
            return v == null ? null : String.valueOf(ScopedFilterSql.uuidOrText(v));
        }

        long count(int aggregate) throws SQLException {
            return KpiSql.longOf(rs, 2 + keys.size() + aggregate);
        }

        java.math.BigDecimal sum(int aggregate) throws SQLException {
            return KpiSql.decimalOf(rs, 2 + keys.size() + aggregate);
        }
    }

    interface Reader {
        void read(int grouping, Row row) throws SQLException;
    }
}
