package org.crmkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crmkit.core.analytics.Dimension;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.SliceRow;
import org.crmkit.core.internal.memory.InMemoryDeals;
import org.crmkit.core.shared.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports the Maven sample and checks the KPIs against numbers computed here by hand from the files, with a
 * plain line split (the files have no quoted fields), independently of the importer and of commons-csv.
 */
class MavenSalesImportTest {
    private static Path dir;
    private static ImportStore store;
    private static ImportReport first;
    private static List<String[]> pipeline;
    private static Map<String, String> officeOf;

    @BeforeAll
    static void importOnce() throws IOException {
        dir = SharedData.require("maven-sales");
        store = ImportStore.inMemory();
        first = new MavenSalesImporter(store, MavenSalesMapping.standard()).importFrom(dir, false);
        pipeline = rows("sales_pipeline.csv");
        officeOf = new HashMap<>();
        for (String[] team : rows("sales_teams.csv")) {
            officeOf.put(team[0], team[2]);
        }
    }

    private static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file)).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    private static SalesKpis kpis() {
        return store.kpis().sales(SalesQuery.of("USD").withPipeline(MavenSalesMapping.PIPELINE));
    }

    private static long count(String stage) {
        return pipeline.stream().filter(r -> r[4].equals(stage)).count();
    }

    @Test
    void won_lost_open_and_revenue_equal_the_hand_count() {
        SalesKpis k = kpis();
        long won = count("Won");
        long lost = count("Lost");
        BigDecimal revenue = pipeline.stream().filter(r -> r[4].equals("Won")).map(r -> new BigDecimal(r[7]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(k.deals()).isEqualTo(pipeline.size()).isEqualTo(8800);
        assertThat(k.won()).isEqualTo(won).isEqualTo(4238);
        assertThat(k.lost()).isEqualTo(lost).isEqualTo(2473);
        assertThat(k.open()).isEqualTo(pipeline.size() - won - lost);
        assertThat(k.revenue()).isEqualTo(Money.of(revenue, java.util.Currency.getInstance("USD")));
        assertThat(k.winRate()).isEqualTo(Ratio.of(won, won + lost));
    }

    @Test
    void win_rate_and_revenue_per_office_and_per_product_equal_the_hand_count() {
        Map<String, long[]> byOffice = new TreeMap<>();
        Map<String, BigDecimal> revenueByProduct = new TreeMap<>();
        for (String[] r : pipeline) {
            long[] n = byOffice.computeIfAbsent(officeOf.get(r[1]), o -> new long[2]);
            if (r[4].equals("Won")) {
                n[0]++;
                revenueByProduct.merge(r[2].equals("GTXPro") ? "GTX Pro" : r[2], new BigDecimal(r[7]),
                        BigDecimal::add);
            } else if (r[4].equals("Lost")) {
                n[1]++;
            }
        }
        Map<String, Ratio> expected = new TreeMap<>();
        byOffice.forEach((office, n) -> expected.put(office, Ratio.of(n[0], n[0] + n[1])));
        Map<String, Ratio> actual = new TreeMap<>();
        for (SliceRow row : kpis().by(Dimension.OFFICE)) {
            actual.put(row.key(), row.winRate());
        }
        Map<String, BigDecimal> actualRevenue = new TreeMap<>();
        for (SliceRow row : kpis().by(Dimension.PRODUCT)) {
            if (row.won() > 0) {
                actualRevenue.put(row.key(), row.revenue().amount().stripTrailingZeros());
            }
        }
        revenueByProduct.replaceAll((p, v) -> v.stripTrailingZeros());

        assertThat(actual).isEqualTo(expected).containsOnlyKeys("Central", "East", "West");
        assertThat(actualRevenue).isEqualTo(revenueByProduct);
    }

    @Test
    void the_sales_cycle_of_won_deals_is_close_minus_engage_date() {
        List<Long> days = pipeline.stream().filter(r -> r[4].equals("Won"))
                .map(r -> java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(r[5]),
                        java.time.LocalDate.parse(r[6]))).sorted().toList();
        double mean = days.stream().mapToLong(Long::longValue).average().orElseThrow();

        SalesKpis k = kpis();
        assertThat(k.wonCycle().count()).isEqualTo(days.size());
        assertThat(k.wonCycle().mean().orElseThrow().toMinutes() / 1440.0).isCloseTo(mean,
                org.assertj.core.data.Offset.offset(0.001));
        long n = days.size();
        double median = n % 2 == 1 ? days.get((int) (n / 2)) : (days.get((int) (n / 2 - 1)) + days.get((int) (n / 2))) / 2.0;
        assertThat(k.wonCycle().median().orElseThrow().toMinutes() / 1440.0).isEqualTo(median);
    }

    @Test
    void every_quirk_of_the_files_is_reported_with_the_rows_it_touched() {
        Map<String, Long> q = first.quirks();
        long noAccount = pipeline.stream().filter(r -> r[3].isEmpty()).count();
        long noEngage = pipeline.stream().filter(r -> r[5].isEmpty()).count();
        long noClose = pipeline.stream().filter(r -> r[6].isEmpty()).count();

        assertThat(q.get("sales_pipeline.csv: product 'GTXPro' read as 'GTX Pro'")).isEqualTo(1480);
        assertThat(q.get("accounts.csv: sector 'technolgy' read as 'technology'")).isEqualTo(12);
        assertThat(q.entrySet().stream().filter(e -> e.getKey().contains("without account"))
                .mapToLong(Map.Entry::getValue).sum()).isEqualTo(noAccount).isEqualTo(1425);
        assertThat(q.entrySet().stream().filter(e -> e.getKey().contains("without engage_date"))
                .mapToLong(Map.Entry::getValue).sum()).isEqualTo(noEngage).isEqualTo(500);
        assertThat(q.get("sales_pipeline.csv: open opportunity without close_value (amount = list price)"))
                .isEqualTo(noClose).isEqualTo(2089);
        assertThat(q.get("sales_pipeline.csv: lost opportunity with close_value 0 (kept without an amount)"))
                .isEqualTo(2473);
        assertThat(q.keySet().stream().filter(k -> k.contains("agent with no opportunity"))).hasSize(5);
        assertThat(first.problems()).isEmpty();
        assertThat(first.file("sales_pipeline.csv").created).isEqualTo(8800);
        assertThat(first.chunks()).isEqualTo(18);
    }

    @Test
    void importing_twice_changes_nothing_the_second_time() {
        int deals = ((InMemoryDeals) store.repositories().deals()).size();
        SalesKpis before = kpis();

        ImportReport second = new MavenSalesImporter(store, MavenSalesMapping.standard()).importFrom(dir, false);

        assertThat(((InMemoryDeals) store.repositories().deals()).size()).isEqualTo(deals);
        assertThat(second.file("sales_pipeline.csv").created).isZero();
        assertThat(second.file("sales_pipeline.csv").alreadyImported).isEqualTo(8800);
        assertThat(second.file("accounts.csv").created).isZero();
        assertThat(second.file("sales_teams.csv").created).isZero();
        assertThat(store.repositories().employees().all()).hasSize(35 + 6);
        assertThat(kpis().revenue()).isEqualTo(before.revenue());
        assertThat(kpis().won()).isEqualTo(before.won());
    }

    @Test
    void a_dry_run_reports_the_same_and_writes_nothing() {
        ImportStore empty = ImportStore.inMemory();
        ImportReport dry = new MavenSalesImporter(empty, MavenSalesMapping.standard()).importFrom(dir, true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.file("sales_pipeline.csv").created).isEqualTo(8800);
        assertThat(dry.quirks()).isEqualTo(first.quirks());
        assertThat(empty.repositories().deals().all()).isEmpty();
        assertThat(empty.repositories().clients().all()).isEmpty();
        assertThat(empty.repositories().employees().all()).isEmpty();
    }
}
