package org.crmkit.examples.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmkit.core.analytics.CategoryRow;
import org.crmkit.core.analytics.Dimension;
import org.crmkit.core.analytics.FunnelStep;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.Scorecard;
import org.crmkit.core.analytics.SliceRow;

/**
 * The charts of the dashboard, each as a list of bars, in one place so that the HTML page and the console table
 * show exactly the same numbers. Keys are the section ids of the page.
 */
public final class DashboardCharts {
    static final int TOP = 10;

    private DashboardCharts() {
    }

    /** Chart id → (title, bars), in page order. */
    static Map<String, Map.Entry<String, List<Bar>>> of(DashboardData d) {
        Map<String, Map.Entry<String, List<Bar>>> charts = new LinkedHashMap<>();
        charts.put("funnel", Map.entry("Sales funnel (deals that got at least this far)",
                d.sales().funnel().stream().map(DashboardCharts::funnelBar).toList()));
        charts.put("revenue-by-month", Map.entry("Revenue by month (won deals, by close month)",
                d.sales().by(Dimension.CLOSE_MONTH).stream()
                        .filter(r -> !r.key().equals("open"))
                        .sorted(Comparator.comparing(SliceRow::key))
                        .map(r -> new Bar(r.key(), r.revenue().amount().doubleValue(), r.revenue().toString()))
                        .toList()));
        charts.put("win-rate-by-office", Map.entry("Win rate by office: won ÷ (won + lost)",
                winRates(d.sales().by(Dimension.OFFICE))));
        charts.put("win-rate-by-product", Map.entry("Win rate by product: won ÷ (won + lost)",
                winRates(d.sales().by(Dimension.PRODUCT))));
        charts.put("top-employees", Map.entry("Top employees by revenue",
                d.staff().employees().stream().filter(s -> s.revenue().isPositive()).limit(TOP)
                        .map(s -> new Bar(s.name(), s.revenue().amount().doubleValue(), s.revenue().toString()))
                        .toList()));
        charts.put("claims-by-category", Map.entry("Claims by category (SLA compliance)",
                d.service().byCategory().stream().map(DashboardCharts::claimBar).toList()));
        charts.put("overdue-by-department", Map.entry("Overdue tasks by department",
                d.staff().departments().stream().filter(s -> s.overdue() > 0)
                        .sorted(Comparator.comparingLong(Scorecard::overdue).reversed())
                        .map(s -> new Bar(s.name(), s.overdue(), Long.toString(s.overdue()))).toList()));
        charts.put("campaigns", Map.entry("Campaigns: members and responses",
                d.campaigns().stream().map(c -> new Bar(c.name(), c.members(),
                        c.members() + " members, " + c.responded() + " responded, " + c.won() + " won, revenue "
                                + c.revenue())).toList()));
        return charts;
    }

    private static Bar funnelBar(FunnelStep s) {
        return new Bar(s.name(), s.reached(), s.reached() + (s.toNext().denominator() > 0
                ? " (→ " + s.toNext().percent() + ")" : ""));
    }

    private static List<Bar> winRates(List<SliceRow> rows) {
        return rows.stream().filter(r -> r.won() + r.lost() > 0)
                .sorted(Comparator.comparing(SliceRow::key))
                .map(r -> new Bar(r.label(), value(r.winRate()), r.winRate().percent() + " (" + r.won() + "/"
                        + (r.won() + r.lost()) + ")"))
                .toList();
    }

    private static Bar claimBar(CategoryRow r) {
        return new Bar(r.key(), r.claims(), r.claims() + " claims, SLA " + r.slaCompliance().percent());
    }

    private static double value(Ratio r) {
        return r.value().map(java.math.BigDecimal::doubleValue).orElse(0.0);
    }
}
