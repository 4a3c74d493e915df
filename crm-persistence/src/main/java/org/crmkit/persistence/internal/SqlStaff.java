package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crmkit.core.access.Resource;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.Scorecard;
import org.crmkit.core.analytics.StaffKpis;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.shared.Money;

/**
 * Scorecards in SQL, with the definitions of {@link Scorecard}: tasks, deals and resolved claims are each grouped
 * by (owner, department) in the database; the groups are then added into the employee and department cards.
 */
final class SqlStaff {
    static final ScopedFilterSql TASK_ACCESS = new ScopedFilterSql(Resource.TASK,
            "(r.creator_id = :e OR EXISTS (SELECT 1 FROM crm_task_route_steps rs"
                    + " WHERE rs.task_id = r.id AND rs.responsible_id = :e))");

    StaffKpis compute(Connection c, StaffQuery q, KpiNames names) {
        Map<UUID, Card> employees = new HashMap<>();
        Map<UUID, Card> departments = new HashMap<>();
        Currency cur = q.currency();
        KpiSql doneInPeriod = new KpiSql().append("(r.completed_at IS NOT NULL AND r.due IS NOT NULL")
                .andWithin("r.completed_at", q.period()).append(")");
        KpiSql tasks = new KpiSql().append("SELECT r.owner_id, r.department_id, SUM(CASE WHEN ").append(doneInPeriod)
                .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN ").append(doneInPeriod)
                .append(" AND r.completed_at <= r.due THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.status NOT IN ('DONE', 'CANCELLED') AND r.due < ? THEN 1 ELSE 0 END)"
                        + " FROM crm_tasks r WHERE 1=1", KpiSql.at(q.asOf()))
                .andAdmittedBy(TASK_ACCESS, q.scope().tasks()).append(" GROUP BY r.owner_id, r.department_id");
        if (!tasks.admitsNothing()) {
            tasks.forEach(c, rs -> {
                long withDue = KpiSql.longOf(rs, 3);
                long onTime = KpiSql.longOf(rs, 4);
                long overdue = KpiSql.longOf(rs, 5);
                if (withDue + overdue > 0) {
                    for (Card card : cards(rs.getObject(1), rs.getObject(2), employees, departments, names, cur)) {
                        card.tasksWithDue += withDue;
                        card.tasksOnTime += onTime;
                        card.overdue += overdue;
                    }
                }
            });
        }
        KpiSql deals = new KpiSql().append("SELECT r.owner_id, r.department_id,"
                        + " SUM(CASE WHEN r.status = 'WON' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.status = 'LOST' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.status = 'WON' AND r.currency = ? THEN r.amount END)"
                        // the closed deals as "status IN" so that PostgreSQL can read them from the index
                        // crm_deals_kpi_amount (status first, and every column used here) instead of the table
                        + " FROM crm_deals r WHERE r.status IN ('WON', 'LOST')", cur.getCurrencyCode())
                .andAdmittedBy(SqlSales.ACCESS, q.scope().deals()).andWithin("r.closed_at", q.period())
                .append(" GROUP BY r.owner_id, r.department_id");
        if (!deals.admitsNothing()) {
            deals.forEach(c, rs -> {
                for (Card card : cards(rs.getObject(1), rs.getObject(2), employees, departments, names, cur)) {
                    card.won += KpiSql.longOf(rs, 3);
                    card.lost += KpiSql.longOf(rs, 4);
                    card.revenue = card.revenue.add(KpiSql.decimalOf(rs, 5));
                }
            });
        }
        KpiSql claims = new KpiSql().append("SELECT r.owner_id, r.department_id, COUNT(*) FROM crm_claims r"
                        + " WHERE r.resolved_at IS NOT NULL")
                .andWithin("r.resolved_at", q.period()).andAdmittedBy(SqlService.ACCESS, q.scope().claims())
                .append(" GROUP BY r.owner_id, r.department_id");
        if (!claims.admitsNothing()) {
            claims.forEach(c, rs -> {
                for (Card card : cards(rs.getObject(1), rs.getObject(2), employees, departments, names, cur)) {
                    card.claimsResolved += KpiSql.longOf(rs, 3);
                }
            });
        }
        return new StaffKpis(sorted(employees), sorted(departments));
    }

    private static Card[] cards(Object owner, Object department, Map<UUID, Card> employees,
                                Map<UUID, Card> departments, KpiNames names, Currency currency) {
        UUID e = ScopedFilterSql.uuid(owner);
        UUID d = ScopedFilterSql.uuid(department);
        return new Card[] {
                employees.computeIfAbsent(e, k -> new Card(k.toString(), names.employee(k), currency)),
                departments.computeIfAbsent(d, k -> new Card(k.toString(), names.department(k), currency))};
    }

    private static List<Scorecard> sorted(Map<UUID, Card> cards) {
        return cards.values().stream().map(Card::scorecard)
                .sorted(Comparator.comparing(Scorecard::revenue).reversed().thenComparing(Scorecard::name))
                .toList();
    }

    private static final class Card {
        final String key;
        final String name;
        final Currency currency;
        long tasksWithDue;
        long tasksOnTime;
        long overdue;
        long won;
        long lost;
        BigDecimal revenue = BigDecimal.ZERO;
        long claimsResolved;

        Card(String key, String name, Currency currency) {
            this.key = key;
            this.name = name;
            this.currency = currency;
        }

        Scorecard scorecard() {
            return new Scorecard(key, name, Ratio.of(tasksOnTime, tasksWithDue), overdue, won, lost,
                    Money.of(revenue, currency), Ratio.of(won, won + lost), claimsResolved);
        }
    }
}
