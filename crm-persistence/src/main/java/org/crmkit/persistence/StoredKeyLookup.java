package org.crmkit.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of a chunk's external ids some client holds already, asked so that every key is one probe of the unique
 * index on (ext_system, ext_key) — whatever the planner believes about the table.
 *
 * <p>The obvious {@code WHERE ext_system = ? AND ext_key IN (...)} is planned on both databases as a range over
 * {@code ext_system} alone with the key list as a row filter (H2 always; PostgreSQL while the table has no
 * statistics, which is the whole of an import into an empty table, and its cached generic plan keeps it): every
 * chunk then reads every key stored for the system, and an import slows down as it grows. Each dialect below is
 * the shape whose plan uses both columns, checked with {@code EXPLAIN}.
 */
enum StoredKeyLookup {
    /**
     * A nested loop over the chunk's keys as an array: the lateral sub-query with {@code LIMIT 1} can only be an
     * index probe on both columns, on a generic plan too, and the chunk is still one statement and round trip.
     */
    POSTGRES {
        @Override
        Set<String> stored(Connection connection, Map<String, List<String>> keysBySystem) throws SQLException {
            Set<String> stored = new HashSet<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT x.ext_key"
                    + " FROM unnest(?::varchar[]) AS k(ext_key) CROSS JOIN LATERAL (SELECT ext_key"
                    + " FROM crm_client_external_ids WHERE ext_system = ? AND ext_key = k.ext_key LIMIT 1) x")) {
                for (Map.Entry<String, List<String>> system : keysBySystem.entrySet()) {
                    Array keys = connection.createArrayOf("varchar", system.getValue().toArray());
                    s.setArray(1, keys);
                    s.setString(2, system.getKey());
                    collect(s, system.getKey(), stored);
                    keys.free();
                }
            }
            return stored;
        }
    },
    /** Row values: H2 looks {@code (ext_system, ext_key) IN ((?, ?), ...)} up in the two-column index. */
    H2 {
        @Override
        Set<String> stored(Connection connection, Map<String, List<String>> keysBySystem) throws SQLException {
            Set<String> stored = new HashSet<>();
            for (Map.Entry<String, List<String>> system : keysBySystem.entrySet()) {
                List<String> keys = system.getValue();
                try (PreparedStatement s = connection.prepareStatement("SELECT ext_key FROM crm_client_external_ids"
                        + " WHERE (ext_system, ext_key) IN (" + String.join(", ", Collections.nCopies(keys.size(),
                        "(?, ?)")) + ")")) {
                    for (int i = 0; i < keys.size(); i++) {
                        s.setString(2 * i + 1, system.getKey());
                        s.setString(2 * i + 2, keys.get(i));
                    }
                    collect(s, system.getKey(), stored);
                }
            }
            return stored;
        }
    };

    /** The lookup for the connection's database. */
    static StoredKeyLookup of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? POSTGRES : H2;
    }

    /** The keys ({@link ImportRow#keyOf}) among the rows' external ids that some client holds already. */
    Set<String> stored(Connection connection, List<ImportRow> rows) throws SQLException {
        Map<String, List<String>> bySystem = new LinkedHashMap<>();
        rows.forEach(r -> bySystem.computeIfAbsent(r.externalId().system(), s -> new ArrayList<>())
                .add(r.externalId().key()));
        return bySystem.isEmpty() ? Set.of() : stored(connection, bySystem);
    }

    abstract Set<String> stored(Connection connection, Map<String, List<String>> keysBySystem) throws SQLException;

    private static void collect(PreparedStatement s, String system, Set<String> stored) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                stored.add(ImportRow.keyOf(system, rs.getString(1)));
            }
        }
    }
}
