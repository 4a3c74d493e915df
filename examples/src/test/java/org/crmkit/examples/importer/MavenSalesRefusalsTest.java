package org.crmkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.Transactions;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-written Maven export with broken rows: each is refused with its line, column and reason. */
class MavenSalesRefusalsTest {
    @TempDir
    Path dir;

    @Test
    void every_row_it_cannot_take_is_reported_and_chunks_are_written_as_units_of_work() throws IOException {
        Files.writeString(dir.resolve("sales_teams.csv"), "sales_agent,manager,regional_office\n"
                + "Ann Lee,Max Po,Central\n");
        Files.writeString(dir.resolve("products.csv"), "product,series,sales_price\nGTX Pro,GTX,4821\n");
        Files.writeString(dir.resolve("accounts.csv"),
                "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n"
                        + "Acme,technolgy,1996,1100.04,2822,United States,\n");
        Files.writeString(dir.resolve("sales_pipeline.csv"),
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                        + "A1,Ann Lee,GTXPro,Acme,Won,2017-01-02,2017-02-01,4500\n"      // line 2: fine
                        + "A2,Bob Nobody,GTX Pro,Acme,Won,2017-01-02,2017-02-01,4500\n"  // line 3: agent
                        + "A3,Ann Lee,GTX Pro,Acme,Paused,2017-01-02,,\n"                // line 4: stage
                        + "A4,Ann Lee,GTX Pro,Acme,Won,2017-01-02,,\n"                  // line 5: no close
                        + "A5,Ann Lee,GTX Pro,Acme,Lost,02/01/2017,2017-02-01,0\n"       // line 6: date
                        + "A1,Ann Lee,GTX Pro,Acme,Lost,2017-01-02,2017-02-01,0\n"       // line 7: duplicate
                        + "A6,Ann Lee,GTX Pro,Nowhere,Engaging,2017-01-02,,\n"           // line 8: account
                        + "A7,Ann Lee,Quantum,Acme,Engaging,2017-01-02,,\n");            // line 9: product
        AtomicInteger units = new AtomicInteger();
        Transactions counting = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                units.incrementAndGet();
                return work.get();
            }
        };
        Repositories repos = Repositories.inMemory();
        ImportStore store = new ImportStore(Crm.builder().repositories(repos).transactions(counting).build(), repos,
                new InMemoryCampaigns(), new InMemoryDealLabels(), new IdMap(), counting);
        MavenSalesMapping mapping = MavenSalesMapping.standard();
        MavenSalesMapping smallChunks = new MavenSalesMapping(mapping.system(), mapping.currency(),
                DateTimeFormatter.ISO_LOCAL_DATE, mapping.stages(), mapping.productAliases(), mapping.sectorAliases(),
                mapping.noAccount(), mapping.openAmountIsListPrice(), 3);

        ImportReport report = new MavenSalesImporter(store, smallChunks).importFrom(dir, false);

        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "sales_agent"),
                org.assertj.core.groups.Tuple.tuple(4L, "deal_stage"),
                org.assertj.core.groups.Tuple.tuple(5L, "close_date"),
                org.assertj.core.groups.Tuple.tuple(6L, "engage_date/close_date"),
                org.assertj.core.groups.Tuple.tuple(7L, "opportunity_id"),
                org.assertj.core.groups.Tuple.tuple(8L, "account"),
                org.assertj.core.groups.Tuple.tuple(9L, "product"));
        assertThat(report.problems().get(0).reason()).isEqualTo("unknown agent 'Bob Nobody'");
        assertThat(report.file("sales_pipeline.csv").created).isEqualTo(1);
        assertThat(report.file("sales_pipeline.csv").refused).isEqualTo(7);
        assertThat(report.quirks()).containsAllEntriesOf(Map.of(
                "sales_pipeline.csv: product 'GTXPro' read as 'GTX Pro'", 1L,
                "accounts.csv: sector 'technolgy' read as 'technology'", 1L));
        assertThat(repos.deals().all()).hasSize(1);
        assertThat(report.chunks()).isEqualTo(3);
        assertThat(units.get()).isEqualTo(3);
    }
}
