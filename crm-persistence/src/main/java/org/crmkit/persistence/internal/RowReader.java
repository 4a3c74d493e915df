package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an aggregate's rows for a list with plain JDBC: one statement for the rows of the page (the access filter
 * and the keyset in its WHERE clause), one for the children of all of them ({@code owner IN (...)}), into row
 * objects that no persistence context holds — nothing to dirty-check or evict at commit, no per-row proxies or
 * collection wrappers. The aggregate's mapper then turns each row into a snapshot, exactly as for a loaded entity.
 *
 * <p>Lists are the hot read path (a page of deals, a client's timeline): Hibernate spent several times the
 * statements' own time managing entities that a read never changes. Single loads and saves stay with Hibernate.
 *
 * @param <R> the row type
 */
abstract class RowReader<R extends AggregateRow> {
    private final String table;

    RowReader(String table) {
        this.table = table;
    }

    /** The select list on alias {@code r}, in the order {@link #row} reads it. */
    abstract String columns();

    /** The row at the result set's cursor, its collections still empty. */
    abstract R row(ResultSet rs) throws SQLException;

    /**
     * One statement selecting the children of the rows whose ids are bound to {@code :ids}, the owner's id first,
     * each collection's entries in their stored order; null when the aggregate has no child tables.
     */
    abstract String childrenSql();

    /** Adds the child at the result set's cursor to its owner's collection. */
    abstract void addChild(R owner, ResultSet rs) throws SQLException;

    /**
     * The rows matching {@code condition} (on alias {@code r}, named parameters), in {@code orderBy} order, at
     * most {@code max}, with their children.
     */
    List<R> read(Connection c, String condition, Map<String, Object> params, String orderBy, int max)
            throws SQLException {
        String sql = "SELECT " + columns() + " FROM " + table + " r WHERE " + condition + " ORDER BY " + orderBy
                + (max == Integer.MAX_VALUE ? "" : " FETCH FIRST " + max + " ROWS ONLY");
        Map<UUID, R> rows = new LinkedHashMap<>();
        try (PreparedStatement p = NamedParameters.prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                R row = row(rs);
                rows.put(row.id, row);
            }
        }
        if (!rows.isEmpty() && childrenSql() != null) {
            Map<String, Object> ids = new HashMap<>();
            ids.put("ids", rows.keySet());
            try (PreparedStatement p = NamedParameters.prepare(c, childrenSql(), ids); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    addChild(rows.get(uuid(rs, 1)), rs);
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ScopedFilterSql.uuid(value);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Fills the columns every aggregate table shares, read from {@code id, version, created_at, ...} at 1..6. */
    static void readCommon(AggregateRow row, ResultSet rs) throws SQLException {
        row.id = uuid(rs, 1);
        row.version = rs.getLong(2);
        row.rowCreatedAt = instant(rs, 3);
        row.rowCreatedBy = uuid(rs, 4);
        row.rowUpdatedAt = instant(rs, 5);
        row.rowUpdatedBy = uuid(rs, 6);
    }

    /** The select list of the shared columns, in the order {@link #readCommon} reads them. */
    static final String COMMON_COLUMNS = "r.id, r.version, r.created_at, r.created_by, r.updated_at, r.updated_by";
}
