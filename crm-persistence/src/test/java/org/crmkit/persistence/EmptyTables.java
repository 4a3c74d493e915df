package org.crmkit.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Empties every table of a migrated test database (Flyway's history stays) so that the next test starts clean
 * without a migration of its own. Rows are deleted children first, in the order the foreign keys give (read once
 * from the JDBC metadata): on PostgreSQL a DELETE of a few rows costs well under a millisecond, where TRUNCATE of the
 * ~30 tables took half a second. H2 checks a self-reference (department → parent) row by row, so its foreign keys
 * are off during the deletes.
 */
final class EmptyTables {
    private final DataSource dataSource;
    private List<String> childrenFirst;

    EmptyTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void empty() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (childrenFirst == null) {
                childrenFirst = childrenFirst(c);
            }
            boolean h2 = c.getMetaData().getDatabaseProductName().equals("H2");
            if (h2) {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            for (String table : childrenFirst) {
                s.execute("DELETE FROM " + table);
            }
            if (h2) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
    }

    private static List<String> childrenFirst(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (!table.toLowerCase(Locale.ROOT).endsWith("schema_history")) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (var entry : parents.entrySet()) {
            try (ResultSet keys = meta.getImportedKeys(c.getCatalog(), c.getSchema(), entry.getKey())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(entry.getKey())) {
                        entry.getValue().add(parent);
                    }
                }
            }
        }
        List<String> parentsFirst = new ArrayList<>();
        while (parentsFirst.size() < parents.size()) {
            int before = parentsFirst.size();
            for (var entry : parents.entrySet()) {
                if (!parentsFirst.contains(entry.getKey()) && parentsFirst.containsAll(entry.getValue())) {
                    parentsFirst.add(entry.getKey());
                }
            }
            if (parentsFirst.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents);
            }
        }
        Collections.reverse(parentsFirst);
        return parentsFirst;
    }
}
