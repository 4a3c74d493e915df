package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a native SQL text written with named parameters ({@code :p0}, {@code :after}, as {@link ScopedFilterSql}
 * and the repositories write them for Hibernate) as a JDBC statement: each name becomes {@code ?}, a collection
 * value {@code ?, ?, ...} (for {@code IN (:ids)}), an {@link Instant} a UTC {@link OffsetDateTime}, which both
 * drivers bind to {@code TIMESTAMP WITH TIME ZONE}. The texts are ours: no name occurs inside a string literal.
 */
final class NamedParameters {
    private static final Pattern NAME = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

    private NamedParameters() {
    }

    static PreparedStatement prepare(Connection c, String sql, Map<String, Object> params) throws SQLException {
        List<Object> values = new ArrayList<>();
        PreparedStatement p = c.prepareStatement(positional(sql, params, values));
        try {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                p.setObject(i + 1, value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : value);
            }
            return p;
        } catch (SQLException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** The SQL with {@code ?} for each name ({@code ?, ?, ...} for a collection); their values added to {@code values}. */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        Matcher m = NAME.matcher(sql);
        StringBuilder jdbc = new StringBuilder(sql.length());
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1) + " in " + sql);
            }
            Object value = params.get(m.group(1));
            if (value instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    throw new IllegalArgumentException("empty list for :" + m.group(1) + " in " + sql);
                }
                m.appendReplacement(jdbc, String.join(", ", Collections.nCopies(many.size(), "?")));
                values.addAll(many);
            } else {
                m.appendReplacement(jdbc, "?");
                values.add(value);
            }
        }
        m.appendTail(jdbc);
        return jdbc.toString();
    }
}
