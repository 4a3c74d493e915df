package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crmkit.core.access.Resource;
import org.crmkit.core.analytics.CategoryRow;
import org.crmkit.core.analytics.DurationStats;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.SupplierDelays;

/**
 * The service KPIs in SQL, with the definitions of {@link ServiceKpis}. Durations measured by calendar time are
 * summed and ordered in the database; with another {@code elapsed} (a business calendar) only the two moments of
 * each measured claim are read and measured in Java, since a calendar is code, not SQL.
 */
final class SqlService {
    static final ScopedFilterSql ACCESS = new ScopedFilterSql(Resource.CLAIM, "r.registered_by = :e");

    private final KpiDialect dialect;

    SqlService(KpiDialect dialect) {
        this.dialect = dialect;
    }

    /** The counted claims with the columns the figures read, as table {@code c}. */
    private static KpiSql claims(ServiceQuery q) {
        return new KpiSql().append("(SELECT r.id, r.category, r.channel, r.severity, r.status, r.registered_at,"
                        + " r.first_responded_at, r.resolution_deadline, r.satisfaction, r.reopen_count,"
                        + " r.resolved_at, r.finished FROM crm_claims r WHERE 1=1")
                .andAdmittedBy(ACCESS, q.scope().claims()).andWithin("r.registered_at", q.period()).append(") c");
    }

    ServiceKpis compute(Connection con, ServiceQuery q) {
        KpiSql c = claims(q);
        boolean calendar = q.elapsed() == ServiceQuery.CALENDAR;
        String responseMicros = dialect.micros("c.first_responded_at", "c.registered_at");
        String resolutionMicros = dialect.micros("c.resolved_at", "c.registered_at");
        Totals t = new Totals();
        List<Map<String, long[]>> rows = List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        if (!c.admitsNothing()) {
            // One GROUP BY of the finest key (category × channel × severity: a few dozen groups), added up into
            // the three slices and the totals here rather than scanning the claims once per slice.
            new KpiSql().append("SELECT b.category, b.channel, b.severity, COUNT(*), SUM(b.in_time),"
                    + " SUM(b.with_deadline), SUM(b.open), SUM(b.responded), SUM(b.resolved), SUM(b.finished),"
                    + " SUM(b.reopened), SUM(b.rated), SUM(b.satisfaction), SUM(b.response), SUM(b.resolution)"
                    + " FROM (SELECT c.category, LOWER(c.channel) AS channel, LOWER(c.severity) AS severity,"
                    + " CASE WHEN c.status NOT IN ('RESOLVED', 'REJECTED', 'CLOSED') THEN 1 ELSE 0 END AS open,"
                    + " CASE WHEN c.first_responded_at IS NULL THEN 0 ELSE 1 END AS responded,"
                    + " CASE WHEN c.resolved_at IS NULL THEN 0 ELSE 1 END AS resolved,"
                    + " CASE WHEN c.resolved_at IS NOT NULL AND c.resolution_deadline IS NOT NULL THEN 1 ELSE 0 END"
                    + " AS with_deadline,"
                    + " CASE WHEN c.resolved_at <= c.resolution_deadline THEN 1 ELSE 0 END AS in_time,"
                    + " CASE WHEN c.finished THEN 1 ELSE 0 END AS finished,"
                    + " CASE WHEN c.finished AND c.reopen_count > 0 THEN 1 ELSE 0 END AS reopened,"
                    + " CASE WHEN c.satisfaction IS NULL THEN 0 ELSE 1 END AS rated, c.satisfaction,"
                    + (calendar ? responseMicros + " AS response, " + resolutionMicros + " AS resolution"
                    : " 0 AS response, 0 AS resolution") + " FROM ").append(c)
                    .append(") b GROUP BY b.category, b.channel, b.severity").forEach(con, rs -> {
                        long[] slice = {KpiSql.longOf(rs, 4), KpiSql.longOf(rs, 5), KpiSql.longOf(rs, 6)};
                        for (int i = 0; i < 3; i++) {
                            rows.get(i).merge(rs.getString(i + 1), slice.clone(),
                                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
                        }
                        t.add(rs);
                    });
        }
        DurationStats firstResponse = calendar
                ? KpiMiddle.durations(con, t.n[4], t.responseMicros, new KpiSql().append("SELECT " + responseMicros
                + " AS m FROM ").append(c).append(" WHERE c.first_responded_at IS NOT NULL ORDER BY m"))
                : measured(con, q, c, "c.first_responded_at");
        DurationStats resolution = calendar
                ? KpiMiddle.durations(con, t.n[5], t.resolutionMicros, new KpiSql().append("SELECT " + resolutionMicros
                + " AS m FROM ").append(c).append(" WHERE c.resolved_at IS NOT NULL ORDER BY m"))
                : measured(con, q, c, "c.resolved_at");
        long rated = t.n[8];
        Optional<BigDecimal> satisfaction = rated == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(t.n[9])
                .divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_EVEN));
        return new ServiceKpis(t.n[0], t.n[3], sorted(rows.get(0)), sorted(rows.get(1)), sorted(rows.get(2)), firstResponse, resolution, Ratio.of(t.n[1], t.n[2]),
                Ratio.of(t.n[7], t.n[6]), supplierDelays(con, q, c), satisfaction, rated);
    }

    /** The totals over all claims: the sums of the grouped rows. */
    private static final class Totals {
        final long[] n = new long[10];
        BigDecimal responseMicros = BigDecimal.ZERO;
        BigDecimal resolutionMicros = BigDecimal.ZERO;

        void add(java.sql.ResultSet rs) throws java.sql.SQLException {
            for (int i = 0; i < n.length; i++) {
                n[i] += KpiSql.longOf(rs, 4 + i);
            }
            responseMicros = responseMicros.add(KpiSql.decimalOf(rs, 14));
            resolutionMicros = resolutionMicros.add(KpiSql.decimalOf(rs, 15));
        }
    }

    /** Durations by the query's own measure, from the two moments of each claim that has the second one. */
    private static DurationStats measured(Connection con, ServiceQuery q, KpiSql c, String until) {
        List<Duration> durations = new ArrayList<>();
        if (!c.admitsNothing()) {
            new KpiSql().append("SELECT c.registered_at, " + until + " FROM ").append(c)
                    .append(" WHERE " + until + " IS NOT NULL")
                    .forEach(con, rs -> durations.add(q.elapsed().apply(KpiSql.instantOf(rs, 1),
                            KpiSql.instantOf(rs, 2))));
        }
        return DurationStats.of(durations);
    }

    private static List<CategoryRow> sorted(Map<String, long[]> counts) {
        return counts.entrySet().stream()
                .map(e -> new CategoryRow(e.getKey(), e.getValue()[0], Ratio.of(e.getValue()[1], e.getValue()[2])))
                .sorted(Comparator.comparingLong(CategoryRow::claims).reversed().thenComparing(CategoryRow::key))
                .toList();
    }

    private SupplierDelays supplierDelays(Connection con, ServiceQuery q, KpiSql c) {
        if (c.admitsNothing()) {
            return new SupplierDelays(Ratio.of(0, 0), Map.of(), DurationStats.of(List.of()));
        }
        Instant asOf = q.asOf();
        String answered = "COALESCE(s.answered_at, ?)";
        String delay = dialect.micros(answered, "s.due_at");
        KpiSql late = new KpiSql().append(" FROM crm_claim_suppliers s JOIN ").append(c)
                .append(" ON c.id = s.claim_id WHERE s.due_at IS NOT NULL");
        long[] n = new long[2];
        BigDecimal[] sum = {BigDecimal.ZERO};
        new KpiSql().append("SELECT COUNT(*), SUM(CASE WHEN " + answered + " > s.due_at THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + answered + " > s.due_at THEN " + delay + " END)",
                        KpiSql.at(asOf), KpiSql.at(asOf), KpiSql.at(asOf))
                .append(late).forEach(con, rs -> {
                    n[0] = KpiSql.longOf(rs, 1);
                    n[1] = KpiSql.longOf(rs, 2);
                    sum[0] = KpiSql.decimalOf(rs, 3);
                });
        Map<String, Long> lateBy = new TreeMap<>();
        new KpiSql().append("SELECT s.supplier, COUNT(*)").append(late)
                .append(" AND " + answered + " > s.due_at GROUP BY s.supplier", KpiSql.at(asOf))
                .forEach(con, rs -> lateBy.put(rs.getString(1), KpiSql.longOf(rs, 2)));
        DurationStats delays = KpiMiddle.durations(con, n[1], sum[0], new KpiSql()
                .append("SELECT " + delay + " AS m", KpiSql.at(asOf)).append(late)
                .append(" AND " + answered + " > s.due_at ORDER BY m", KpiSql.at(asOf)));
        return new SupplierDelays(Ratio.of(n[1], n[0]), lateBy, delays);
    }
}
