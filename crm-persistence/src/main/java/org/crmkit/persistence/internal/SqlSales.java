package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmkit.core.access.Resource;
import org.crmkit.core.analytics.DurationStats;
import org.crmkit.core.analytics.FunnelStep;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.Pipelines;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.shared.Money;

/**
 * The sales KPIs in SQL, with the definitions of {@link SalesKpis}: two GROUP BYs of the counted deals at the
 * finest keys the figures share, added up in Java into the totals, slices and funnel, and the medians from the
 * middle rows of indexed columns. Reads the KPI facts of the deal rows (V5), never the stage history.
 */
final class SqlSales {
    static final ScopedFilterSql ACCESS = new ScopedFilterSql(Resource.DEAL, null);
    static final String OPEN_MONTH = "open";
    static final String NONE = "(none)";

    private final Pipelines pipelines;
    private final KpiDialect dialect;

    SqlSales(Pipelines pipelines, KpiDialect dialect) {
        this.pipelines = pipelines;
        this.dialect = dialect;
    }

    /** " WHERE <the deals that count>" on crm_deals r: access, opened before the end, open or closed within. */
    static KpiSql counted(SalesQuery q) {
        KpiSql where = new KpiSql().append(" WHERE 1=1").andAdmittedBy(ACCESS, q.scope().deals());
        if (!q.period().to().equals(java.time.Instant.MAX)) {
            where.append(" AND r.opened_at < ?", KpiSql.at(q.period().to()));
        }
        where.append(" AND (r.status = 'OPEN' OR (1=1");
        where.andWithin("r.closed_at", q.period());
        return where.append("))");
    }

    SalesKpis compute(Connection c, SalesQuery q, KpiNames names) {
        return compute(c, q, names, () -> months(c, q));
    }

    /** A close-month row: the ISO month, the status, the deals and their revenue in the query's currency. */
    record MonthRow(String month, String status, long deals, BigDecimal revenue) {
    }

    /**
     * The closed counted deals per (close month, status): the close-month slice without its open row. The
     * statement stands alone, so that a dashboard can run it on a second connection beside the others.
     */
    List<MonthRow> months(Connection c, SalesQuery q) {
        KpiSql where = counted(q);
        List<MonthRow> rows = new ArrayList<>();
        if (!where.admitsNothing()) {
            byMonth(q, where).forEach(c, rs -> rows.add(new MonthRow(dialect.monthOf(rs, 1), rs.getString(2),
                    KpiSql.longOf(rs, 3), KpiSql.decimalOf(rs, 4))));
        }
        return rows;
    }

    /** The sales KPIs with the close-month rows from {@code months} (read on {@code c} or elsewhere). */
    SalesKpis compute(Connection c, SalesQuery q, KpiNames names, java.util.function.Supplier<List<MonthRow>> months) {
        KpiSql where = counted(q);
        SalesFigures f = new SalesFigures(q.currency());
        if (!where.admitsNothing()) {
            byGroup(q, where).forEach(c, f::addGroup);
            months.get().forEach(f::addMonth);
            f.addOpenMonth();
        }
        String cur = q.currency().getCurrencyCode();
        Optional<Money> median = KpiMiddle.median(f.wonWithAmount == 0 ? List.of() : KpiMiddle.middle(c,
                new KpiSql().append("SELECT r.amount FROM crm_deals r").append(where)
                        .append(" AND r.status = 'WON' AND r.currency = ? ORDER BY r.amount", cur), f.wonWithAmount))
                .map(m -> Money.of(m, q.currency()));
        Money revenue = Money.of(f.total.revenue, q.currency());
        Optional<Money> average = f.wonWithAmount == 0 ? Optional.empty()
                : Optional.of(Money.of(revenue.amount().divide(BigDecimal.valueOf(f.wonWithAmount),
                digits(q.currency()), java.math.RoundingMode.HALF_EVEN), q.currency()));
        long won = f.total.won;
        long lost = f.total.lost;
        return new SalesKpis(won + lost + f.total.open, won, lost, f.total.open,
                Money.of(f.pipelineValue, q.currency()),
                Money.of(f.weightedUnits.movePointLeft(digits(q.currency())), q.currency()),
                Ratio.of(won, won + lost), revenue, f.wonWithAmount, average, median,
                cycle(c, where, "WON", won, f.wonCycleMicros), cycle(c, where, "LOST", lost, f.lostCycleMicros),
                funnel(q, f.funnel), f.slices(names), f.otherCurrency);
    }

    /**
     * The counted deals grouped by everything the totals, the owner/department/office/sector/product slices and
     * the funnel need, all at once: one scan, about a thousand groups (owners × status × entered stages × sector ×
     * product: a deal's department follows its owner, its stages its status), added up into each figure in Java.
     * Sector and product are facts on the deal row (V5, V6_1), so nothing is joined. The currency is a key too, so
     * that the sums are plain column sums (which currency counts where is decided in Java): per-row CASE
     * expressions cost PostgreSQL about a third of the statement. The close month goes in its
     * own statement: with it there would be almost a group per deal. On PostgreSQL the n-distinct statistics of
     * V6_1_1 let the planner see the few groups and hash them in parallel instead of sorting a million rows.
     */
    private KpiSql byGroup(SalesQuery q, KpiSql where) {
        return new KpiSql().append("SELECT r.owner_id, r.department_id, r.pipeline, r.status, r.entered_stages,"
                        + " COALESCE(r.sector, '" + NONE + "'), COALESCE(r.product, '" + NONE + "'), r.currency,"
                        + " COUNT(*), SUM(r.amount), COUNT(r.amount), SUM(r.cycle_micros),"
                        + " SUM(CASE WHEN r.status = 'OPEN' THEN COALESCE(r.weighted_units, "
                        + weightedUnits(q.currency()) + ") END)"
                        + " FROM crm_deals r")
                .append(where).append(" GROUP BY r.owner_id, r.department_id, r.pipeline, r.status,"
                        + " r.entered_stages, COALESCE(r.sector, '" + NONE + "'), COALESCE(r.product, '" + NONE
                        + "'), r.currency");
    }

    /**
     * The closed counted deals' won, lost and revenue per (close month in the query zone, status); the open ones
     * (month "open") are known from the owner statement. Only closed deals: the statement reads them through index
     * crm_deals_kpi_amount (status first) instead of the whole table.
     */
    private KpiSql byMonth(SalesQuery q, KpiSql where) {
        return new KpiSql().append("SELECT b.close_month, b.status, COUNT(*), SUM(b.revenue) FROM (SELECT "
                        + dialect.month("r.closed_at") + " AS close_month, r.status,"
                        + " CASE WHEN r.status = 'WON' AND r.currency = ? THEN r.amount END AS revenue"
                        + " FROM crm_deals r", q.zone().getId(), q.currency().getCurrencyCode())
                .append(where).append(" AND r.status IN ('WON', 'LOST')) b GROUP BY b.close_month, b.status");
    }

    /**
     * amount × probability in the currency's smallest unit, rounded half-even as {@code Money.times} does: the
     * product is exact in SQL; a fraction of exactly one half goes to the even neighbour. Only for rows whose stored
     * fact {@code weighted_units} (V6_2, written on save) is missing: it is in the row's own currency, this in the
     * query's, and only rows in the query's currency are added up, where the two agree.
     */
    private static String weightedUnits(Currency currency) {
        String x = "(r.amount * COALESCE(r.probability, 0) * " + BigDecimal.ONE.movePointRight(digits(currency))
                .movePointLeft(2).toPlainString() + ")";
        return "(CASE WHEN " + x + " - FLOOR(" + x + ") = 0.5 THEN FLOOR(" + x + ") + ABS(MOD(FLOOR(" + x + "), 2))"
                + " ELSE ROUND(" + x + ", 0) END)";
    }

    private static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /**
     * Cycle lengths: count and sum come from the grouped statement, the median from the middle rows of the
     * stored cycles in order (index crm_deals_kpi_cycle).
     */
    private static DurationStats cycle(Connection c, KpiSql where, String status, long n, BigDecimal sumMicros) {
        if (n == 0) {
            return new DurationStats(0, Optional.empty(), Optional.empty());
        }
        return KpiMiddle.durations(c, n, sumMicros, new KpiSql().append("SELECT r.cycle_micros FROM crm_deals r")
                .append(where).append(" AND r.status = ? ORDER BY r.cycle_micros", status));
    }

    /**
     * The funnel from the deals of each (pipeline, status, entered stages): a won deal passed every step, another
     * reached the furthest open stage its history entered (see {@link KpiFacts#enteredStages}).
     */
    private List<FunnelStep> funnel(SalesQuery q, Map<List<String>, Long> dealsByPipelineStatusStages) {
        Pipeline pipeline = pipelines.find(q.pipeline()).orElse(null);
        if (pipeline == null) {
            return List.of();
        }
        List<Stage> open = pipeline.openStages();
        long[] reached = new long[open.size() + 1];
        dealsByPipelineStatusStages.forEach((key, count) -> {
            if (!key.get(0).equals(pipeline.key().value())) {
                return;
            }
            int furthest = -1;
            if ("WON".equals(key.get(1))) {
                furthest = open.size();
            } else {
                for (int i = 0; i < open.size(); i++) {
                    if (key.get(2).contains(KpiFacts.STAGE_SEPARATOR + open.get(i).key().value()
                            + KpiFacts.STAGE_SEPARATOR)) {
                        furthest = i;
                    }
                }
            }
            for (int i = 0; i <= furthest; i++) {
                reached[i] += count;
            }
        });
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            steps.add(new FunnelStep(open.get(i).key(), open.get(i).name(), reached[i],
                    Ratio.of(reached[i + 1], reached[i])));
        }
        Stage wonStage = pipeline.wonStages().get(0);
        steps.add(new FunnelStep(wonStage.key(), wonStage.name(), reached[open.size()], Ratio.of(0, 0)));
        return steps;
    }
}
