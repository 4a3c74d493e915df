package org.crmkit.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmkit.core.analytics.Dimension;
import org.crmkit.core.analytics.SliceRow;
import org.crmkit.examples.importer.ImportStore;
import org.crmkit.examples.importer.MavenSalesImporter;
import org.crmkit.examples.importer.MavenSalesMapping;
import org.crmkit.examples.importer.SalesforceImporter;
import org.crmkit.examples.importer.SalesforceMapping;
import org.crmkit.examples.importer.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the dashboard of both samples through the command and reads each chart's bars back from the page. */
class DashboardTest {
    private static final Pattern BAR = Pattern.compile(
            "<g class=\"bar\" data-label=\"([^\"]*)\" data-value=\"([^\"]*)\">");
    private static String html;
    private static DashboardData data;

    @BeforeAll
    static void writeDashboard(@TempDir Path tmp) throws Exception {
        Path maven = SharedData.require("maven-sales");
        Path out = tmp.resolve("dashboard.html");
        ImportAndDashboard.main(new String[] {maven.getParent().toString(), out.toString()});
        html = Files.readString(out);
        ImportStore store = ImportStore.inMemory();
        new MavenSalesImporter(store, MavenSalesMapping.standard()).importFrom(maven, false);
        new SalesforceImporter(store, SalesforceMapping.standard())
                .importFrom(maven.getParent().resolve("salesforce-export"), false);
        data = ImportAndDashboard.build(store, MavenSalesMapping.PIPELINE, "test");
    }

    private static Map<String, String> bars(String chart) {
        int start = html.indexOf("<section id=\"" + chart + "\">");
        assertThat(start).as("chart " + chart + " present").isNotNegative();
        String section = html.substring(start, html.indexOf("</section>", start));
        Map<String, String> bars = new LinkedHashMap<>();
        Matcher m = BAR.matcher(section);
        while (m.find()) {
            bars.put(m.group(1).replace("&amp;", "&"), m.group(2));
        }
        return bars;
    }

    @Test
    void the_page_is_self_contained() {
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "http://cdn", "https://");
    }

    @Test
    void the_funnel_shows_every_stage_with_its_count() {
        assertThat(bars("funnel")).containsExactly(Map.entry("Prospecting", "8800 (→ 94.3%)"),
                Map.entry("Engaging", "8300 (→ 51.1%)"), Map.entry("Won", "4238"));
    }

    @Test
    void win_rate_by_office_and_by_product_show_the_kpi_values() {
        Map<String, String> offices = bars("win-rate-by-office");
        for (SliceRow row : data.sales().by(Dimension.OFFICE)) {
            if (row.won() + row.lost() > 0) {
                assertThat(offices).containsEntry(row.label(), row.winRate().percent() + " (" + row.won() + "/"
                        + (row.won() + row.lost()) + ")");
            }
        }
        assertThat(offices).containsKeys("Central", "East", "West");
        assertThat(bars("win-rate-by-product")).containsKey("GTX Pro").doesNotContainKey("GTXPro");
    }

    @Test
    void revenue_by_month_top_employees_claims_overdue_and_campaigns_are_drawn() {
        assertThat(bars("revenue-by-month")).containsEntry("2017-03", "1134672.00 USD").hasSize(19);
        assertThat(bars("top-employees")).hasSize(10).containsEntry("Darcel Schlecht", "1153214.00 USD");
        assertThat(bars("claims-by-category")).containsEntry("customer feedback", "9 claims, SLA —").hasSize(13);
        assertThat(bars("overdue-by-department")).containsEntry("Salesforce users", "75");
        assertThat(bars("campaigns")).hasSize(7);
    }

    @Test
    void the_console_table_carries_the_same_figures() {
        String console = Dashboard.console(data);
        assertThat(console).contains("Central", "62.6% (1629/2604)", "Darcel Schlecht", "1153214.00 USD");
    }
}
