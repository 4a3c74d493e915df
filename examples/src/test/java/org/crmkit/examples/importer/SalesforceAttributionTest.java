package org.crmkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.campaign.CampaignStatus;
import org.crmkit.core.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small hand-written export (no shared data needed): opportunities credited to their campaign. */
class SalesforceAttributionTest {
    @TempDir
    Path dir;

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), "\uFEFF" + String.join("\r\n", lines) + "\r\n");
    }

    @Test
    void opportunities_with_a_campaign_id_are_credited_to_that_campaign_once() throws IOException {
        write("Account.csv", "Id,Name,Industry,CreatedDate", "001A,Acme,Retail,2024-01-01T10:00:00.000+0000");
        write("Contact.csv", "Id,AccountId", "003A,001A");
        write("Campaign.csv", "Id,Name,Type,Status,StartDate,EndDate,BudgetedCost,OwnerId,CreatedDate",
                "701A,Spring,Email,Completed,2024-02-01,2024-02-10,900,005U,2024-01-15T10:00:00.000+0000");
        write("CampaignMember.csv", "Id,CampaignId,LeadId,ContactId,HasResponded,CreatedDate,Added_Date__c",
                "00vA,701A,,003A,1,2024-02-02T10:00:00.000+0000,2024-02-02",
                "00vB,701A,00QB,,,2024-02-02T10:00:00.000+0000,");
        write("Opportunity.csv", "Id,AccountId,Name,StageName,Amount,CloseDate,CampaignId,OwnerId,CreatedDate,Product__c",
                "006A,001A,\"Acme, big order\",Closed Won,1200.50,2024-03-01,701A,005U,2024-02-05T10:00:00.000+0000,Loans",
                "006B,001A,Acme small,Closed Won,300,2024-03-02,701A,005U,2024-02-05T10:00:00.000+0000,Loans",
                "006B,001A,Acme small again,Closed Won,300,2024-03-02,701A,005U,2024-02-05T10:00:00.000+0000,Loans",
                "006C,001A,Acme lost,Closed Lost,99,2024-03-03,701A,005U,2024-02-05T10:00:00.000+0000,Loans",
                "006D,001A,Acme other,Qualification,50,2024-05-03,,005U,2024-02-05T10:00:00.000+0000,Cards");
        write("Case.csv", "Id,AccountId,ContactId,Type,Status,Origin,Priority,Subject,OwnerId,CreatedDate,ClosedDate",
                "500A,,003A,Billing,open,Phone,High,Wrong bill,005U,2024-02-06T10:00:00.000+0000,");
        write("Task.csv", "Id,Subject,ActivityDate,Status,OwnerId,AccountId,CreatedDate,LastModifiedDate");
        ImportStore store = ImportStore.inMemory();

        ImportReport report = new SalesforceImporter(store, SalesforceMapping.standard()).importFrom(dir, false);
        new SalesforceImporter(store, SalesforceMapping.standard()).importFrom(dir, false);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("Opportunity.csv");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).isEqualTo("duplicate id '006B' in this file");
        });
        assertThat(report.quirks()).containsEntry("Case.csv: case without AccountId (client taken from its contact)", 1L);
        List<CampaignKpis> campaigns = store.kpis().marketing(MarketingQuery.of("USD"));
        assertThat(campaigns).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CampaignStatus.FINISHED);
            assertThat(c.members()).isEqualTo(2);
            assertThat(c.responded()).isEqualTo(1);
            assertThat(c.deals()).isEqualTo(3);
            assertThat(c.won()).isEqualTo(2);
            assertThat(c.revenue()).isEqualTo(Money.of("1500.50", "USD"));
            assertThat(c.costPerWonDeal()).contains(Money.of("450.00", "USD"));
        });
    }
}
