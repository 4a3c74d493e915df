package org.crmkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.shared.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports the Salesforce sample and checks it against counts made here from the files (via CsvTable). */
class SalesforceImportTest {
    private static Path dir;
    private static ImportStore store;
    private static ImportReport first;

    @BeforeAll
    static void importOnce() {
        dir = SharedData.require("salesforce-export");
        store = ImportStore.inMemory();
        first = new SalesforceImporter(store, SalesforceMapping.standard()).importFrom(dir, false);
    }

    private static List<CsvTable.Row> rows(String file) {
        return CsvTable.read(dir.resolve(file)).rows();
    }

    @Test
    void opportunities_give_the_won_lost_and_revenue_of_the_file() {
        List<CsvTable.Row> opps = rows("Opportunity.csv");
        long won = opps.stream().filter(r -> r.get("StageName").equals("Closed Won")).count();
        long lost = opps.stream().filter(r -> r.get("StageName").equals("Closed Lost")).count();
        BigDecimal revenue = opps.stream().filter(r -> r.get("StageName").equals("Closed Won"))
                .map(r -> new BigDecimal(r.get("Amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);

        SalesKpis k = store.kpis().sales(SalesQuery.of("USD").withPipeline(SalesforceMapping.PIPELINE));

        assertThat(k.deals()).isEqualTo(opps.size()).isEqualTo(50);
        assertThat(k.won()).isEqualTo(won).isEqualTo(12);
        assertThat(k.lost()).isEqualTo(lost).isEqualTo(3);
        assertThat(k.revenue()).isEqualTo(Money.of(revenue, Currency.getInstance("USD")));
    }

    @Test
    void cases_become_claims_whatever_the_casing_of_their_status_and_the_quirk_is_reported() {
        List<CsvTable.Row> cases = rows("Case.csv");
        long open = cases.stream().filter(r -> !r.get("Status").equalsIgnoreCase("closed")).count();
        long oddlyCased = cases.stream().map(r -> r.get("Status"))
                .filter(s -> !List.of("Closed", "Open", "In Progress").contains(s)).count();

        ServiceKpis k = store.kpis().service(ServiceQuery.asOf(store.crm().clock().instant()));

        assertThat(k.claims()).isEqualTo(cases.size()).isEqualTo(40);
        assertThat(k.open()).isEqualTo(open).isEqualTo(26);
        assertThat(first.quirks().entrySet().stream().filter(e -> e.getKey().startsWith("Case.csv: Status spelled"))
                .mapToLong(java.util.Map.Entry::getValue).sum()).isEqualTo(oddlyCased).isEqualTo(26);
        long distinctTypes = cases.stream().map(r -> r.get("Type").toLowerCase(Locale.ROOT)).distinct().count();
        assertThat(k.byCategory()).hasSize((int) distinctTypes);
    }

    @Test
    void campaign_members_are_counted_per_campaign_as_in_the_file() {
        List<CsvTable.Row> members = rows("CampaignMember.csv");
        List<CampaignKpis> k = store.kpis().marketing(MarketingQuery.of("USD"));

        assertThat(k).hasSize(rows("Campaign.csv").size());
        assertThat(k.stream().mapToLong(CampaignKpis::members).sum()).isEqualTo(members.size());
    }

    @Test
    void every_refused_row_and_quirk_is_reported_and_a_second_import_creates_nothing() {
        assertThat(first.problems()).isEmpty();
        assertThat(first.quirks()).containsKeys("Account.csv: account without Industry (no sector)",
                "Campaign.csv: campaign without BudgetedCost (budget 0)");

        ImportReport second = new SalesforceImporter(store, SalesforceMapping.standard()).importFrom(dir, false);

        for (String file : List.of("Account.csv", "Opportunity.csv", "Case.csv", "Task.csv", "Campaign.csv",
                "CampaignMember.csv")) {
            assertThat(second.file(file).created).as(file).isZero();
            assertThat(second.file(file).alreadyImported).as(file).isEqualTo(first.file(file).created);
        }
        assertThat(store.repositories().deals().all()).hasSize(50);
        assertThat(store.kpis().marketing(MarketingQuery.of("USD")).stream().mapToLong(CampaignKpis::members).sum())
                .isEqualTo(68);
    }

    @Test
    void a_dry_run_writes_nothing() throws IOException {
        ImportStore empty = ImportStore.inMemory();
        ImportReport dry = new SalesforceImporter(empty, SalesforceMapping.standard()).importFrom(dir, true);

        assertThat(dry.file("Opportunity.csv").created).isEqualTo(50);
        assertThat(empty.repositories().deals().all()).isEmpty();
        assertThat(empty.repositories().claims().all()).isEmpty();
        assertThat(empty.campaigns().all()).isEmpty();
    }
}
