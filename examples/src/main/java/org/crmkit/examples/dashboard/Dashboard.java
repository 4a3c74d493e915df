package org.crmkit.examples.dashboard;

import java.util.List;
import java.util.Map;

import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.ServiceKpis;

/**
 * Renders the dashboard: a self-contained HTML page with inline SVG bar charts (no script, no network), and the
 * same figures as a console table.
 */
public final class Dashboard {
    private Dashboard() {
    }

    public static String html(DashboardData d) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + Html.escape(d.title()) + "</title><style>body{font-family:sans-serif;margin:2em}"
                + "svg text{font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:2px 8px;text-align:right}</style></head><body>\n");
        page.append("<h1>").append(Html.escape(d.title())).append("</h1>\n");
        page.append("<table id=\"headline\">\n");
        headline(d).forEach((k, v) -> page.append("<tr><th>").append(Html.escape(k)).append("</th><td>")
                .append(Html.escape(v)).append("</td></tr>\n"));
        page.append("</table>\n");
        DashboardCharts.of(d).forEach((id, chart) -> page.append(SvgChart.bars(id, chart.getKey(), chart.getValue())));
        return page.append("</body></html>\n").toString();
    }

    /** The same KPIs as plain text tables for a terminal. */
    public static String console(DashboardData d) {
        StringBuilder out = new StringBuilder("== " + d.title() + " ==\n");
        headline(d).forEach((k, v) -> out.append(String.format("%-34s %s%n", k, v)));
        DashboardCharts.of(d).forEach((id, chart) -> {
            out.append("\n-- ").append(chart.getKey()).append(" --\n");
            List<Bar> bars = chart.getValue();
            if (bars.isEmpty()) {
                out.append("  (no data)\n");
            }
            bars.forEach(b -> out.append(String.format("  %-30s %s%n", b.label(), b.shown())));
        });
        return out.toString();
    }

    static Map<String, String> headline(DashboardData d) {
        SalesKpis s = d.sales();
        ServiceKpis c = d.service();
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Deals (won / lost / open)", s.deals() + " (" + s.won() + " / " + s.lost() + " / " + s.open() + ")");
        h.put("Win rate", s.winRate().toString());
        h.put("Revenue", s.revenue().toString());
        h.put("Average / median won deal", s.averageWon().map(Object::toString).orElse("—") + " / "
                + s.medianWon().map(Object::toString).orElse("—"));
        h.put("Pipeline / weighted", s.pipelineValue() + " / " + s.weightedPipeline());
        h.put("Sales cycle won (median / mean)", s.wonCycle().medianDays() + " / " + s.wonCycle().meanDays());
        h.put("Sales cycle lost (median / mean)", s.lostCycle().medianDays() + " / " + s.lostCycle().meanDays());
        h.put("Claims (open)", c.claims() + " (" + c.open() + ")");
        h.put("Median first response / resolution", c.firstResponse().medianDays() + " / "
                + c.resolution().medianDays());
        h.put("SLA compliance", c.slaCompliance().toString());
        h.put("Reopen rate", c.reopenRate().toString());
        h.put("Satisfaction (rated)", c.satisfaction().map(Object::toString).orElse("—") + " (" + c.rated() + ")");
        return h;
    }
}
