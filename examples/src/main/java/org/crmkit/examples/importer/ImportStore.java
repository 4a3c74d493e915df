package org.crmkit.examples.importer;

import java.util.Objects;

import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.Transactions;
import org.crmkit.core.campaign.Campaigns;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.crmkit.core.internal.memory.InMemoryKpis;

/**
 * Where an import writes: the CRM's repositories, the campaign repository, the deal labels and the id mapping
 * table, plus the {@link Crm} over the same repositories whose system context the import runs in, and the
 * {@link Transactions} it was built with: each chunk of an import is written as one unit of work.
 */
public record ImportStore(Crm crm, Repositories repositories, Campaigns campaigns, DealLabels labels, IdMap ids,
                          Transactions transactions) {
    public ImportStore {
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(repositories, "repositories");
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** A fresh in-memory CRM to import into. */
    public static ImportStore inMemory() {
        Repositories repositories = Repositories.inMemory();
        return new ImportStore(Crm.builder().repositories(repositories).transactions(Transactions.DIRECT).build(),
                repositories, new InMemoryCampaigns(), new InMemoryDealLabels(), new IdMap(), Transactions.DIRECT);
    }

    /** The KPIs over what was imported. */
    public Kpis kpis() {
        return new InMemoryKpis(repositories.deals(), repositories.pipelines(), repositories.clients(),
                repositories.claims(), repositories.tasks(), campaigns, repositories.employees(),
                repositories.departments(), labels);
    }
}
