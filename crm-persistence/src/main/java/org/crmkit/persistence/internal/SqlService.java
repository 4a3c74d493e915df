package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /**
     * The moment of each claim's last move into RESOLVED when no rejection or reopening followed it; a claim counts
     * as resolved when it also stands RESOLVED or CLOSED now.
     */
    static final String RESOLVED_AT = "(SELECT t.claim_id, t.changed_at AS resolved_at FROM crm_claim_transitions t"
            + " JOIN (SELECT claim_id, MAX(position) AS p FROM crm_claim_transitions"
            + " WHERE to_status IN ('RESOLVED', 'REJECTED', 'REOPENED') GROUP BY claim_id) m"
            + " ON m.claim_id = t.claim_id AND m.p = t.position WHERE t.to_status = 'RESOLVED')";

    private final KpiDialect dialect;

    SqlService(KpiDialect dialect) {
        this.dialect = dialect;
    }

    /** The counted claims with the columns the figures read, as table {@code c}. */
    private static KpiSql claims(ServiceQuery q) {
        return new KpiSql().append("(SELECT r.id, r.category, r.channel, r.severity, r.status, r.registered_at,"
                        + " r.first_responded_at, r.resolution_deadline, r.satisfaction, r.reopen_count,"
                        + " CASE WHEN r.status IN ('RESOLVED', 'CLOSED') THEN rv.resolved_at END AS resolved_at,"
                        + " CASE WHEN fin.claim_id IS NULL THEN 0 ELSE 1 END AS finished"
                        + " FROM crm_claims r LEFT JOIN " + RESOLVED_AT + " rv ON rv.claim_id = r.id"
                        + " LEFT JOIN (SELECT DISTINCT claim_id FROM crm_claim_transitions"
                        + " WHERE to_status IN ('RESOLVED', 'REJECTED', 'CLOSED')) fin ON fin.claim_id = r.id"
                        + " WHERE 1=1")
                .andAdmittedBy(ACCESS, q.scope().claims()).andWithin("r.registered_at", q.period()).append(") c");
    }

    ServiceKpis compute(Connection con, ServiceQuery q) {
        KpiSql c = claims(q);
        boolean calendar = q.elapsed() == ServiceQuery.CALENDAR;
        long[] n = new long[9];
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        long[] scoreSum = new long[1];
        String responseMicros = dialect.micros("c.first_responded_at", "c.registered_at");
        String resolutionMicros = dialect.micros("c.resolved_at", "c.registered_at");
        if (!c.admitsNothing()) {
            new KpiSql().append("SELECT COUNT(*),"
                    + " SUM(CASE WHEN c.status NOT IN ('RESOLVED', 'REJECTED', 'CLOSED') THEN 1 ELSE 0 END),"
                    + " COUNT(c.first_responded_at), COUNT(c.resolved_at),"
                    + " SUM(CASE WHEN c.resolved_at IS NOT NULL AND c.resolution_deadline IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.resolved_at <= c.resolution_deadline THEN 1 ELSE 0 END),"
                    + " SUM(c.finished), SUM(CASE WHEN c.finished = 1 AND c.reopen_count > 0 THEN 1 ELSE 0 END),"
                    + " COUNT(c.satisfaction), SUM(c.satisfaction),"
                    + (calendar ? " SUM(" + responseMicros + "), SUM(" + resolutionMicros + ")" : " 0, 0")
                    + " FROM ").append(c).forEach(con, rs -> {
                        for (int i = 0; i < 8; i++) {
                            n[i] = KpiSql.longOf(rs, i + 1);
                        }
                        n[8] = KpiSql.longOf(rs, 9);
                        sums[0] = KpiSql.decimalOf(rs, 11);
                        sums[1] = KpiSql.decimalOf(rs, 12);
                        scoreSum[0] = KpiSql.longOf(rs, 10);
                    });
        }
        DurationStats firstResponse = calendar
                ? KpiMiddle.durations(con, n[2], sums[0], new KpiSql().append("SELECT " + responseMicros + " AS m FROM ")
                .append(c).append(" WHERE c.first_responded_at IS NOT NULL ORDER BY m"))
                : measured(con, q, c, "c.first_responded_at");
        DurationStats resolution = calendar
                ? KpiMiddle.durations(con, n[3], sums[1], new KpiSql().append("SELECT " + resolutionMicros
                + " AS m FROM ").append(c).append(" WHERE c.resolved_at IS NOT NULL ORDER BY m"))
                : measured(con, q, c, "c.resolved_at");
        long rated = n[8];
        Optional<BigDecimal> satisfaction = rated == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(scoreSum[0])
                .divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_EVEN));
        return new ServiceKpis(n[0], n[1], rows(con, c, "c.category"), rows(con, c, "c.channel"),
                rows(con, c, "c.severity"), firstResponse, resolution, Ratio.of(n[5], n[4]), Ratio.of(n[7], n[6]),
                supplierDelays(con, q, c), satisfaction, rated);
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

    private static List<CategoryRow> rows(Connection con, KpiSql c, String key) {
        Map<String, long[]> counts = new TreeMap<>();
        if (!c.admitsNothing()) {
            new KpiSql().append("SELECT " + key + ", COUNT(*),"
                            + " SUM(CASE WHEN c.resolved_at <= c.resolution_deadline THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN c.resolved_at IS NOT NULL AND c.resolution_deadline IS NOT NULL"
                            + " THEN 1 ELSE 0 END) FROM ").append(c).append(" GROUP BY " + key)
                    .forEach(con, rs -> counts.merge(key.equals("c.category") ? rs.getString(1)
                                    : rs.getString(1).toLowerCase(Locale.ROOT),
                            new long[] {KpiSql.longOf(rs, 2), KpiSql.longOf(rs, 3), KpiSql.longOf(rs, 4)},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]}));
        }
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
