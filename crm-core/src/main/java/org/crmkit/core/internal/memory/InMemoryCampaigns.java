package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.Campaigns;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/** In-memory {@link Campaigns}. */
public final class InMemoryCampaigns extends InMemoryRepository<Campaign, CampaignId, Campaign.Snapshot>
        implements Campaigns {
    private static final Comparator<Campaign> BY_ID = Comparator.comparing(c -> c.id().value());

    public InMemoryCampaigns() {
        super("Campaign", Campaign::snapshot, Campaign::restore);
    }

    @Override
    public List<Campaign> all() {
        return select(c -> true, BY_ID);
    }

    @Override
    public List<Campaign> creditedWith(DealId deal) {
        return select(c -> c.isAttributed(deal), BY_ID);
    }

    @Override
    public Page<Campaign> list(RecordFilter filter, PageRequest page) {
        return page(c -> filter.admits(ProtectedRecords.of(c)), c -> c.id().value(), page);
    }
}
