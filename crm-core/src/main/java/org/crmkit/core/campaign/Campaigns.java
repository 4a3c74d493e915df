package org.crmkit.core.campaign;

import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;

/** Repository port for campaigns. Lists are ordered by campaign id (time-ordered, so oldest first). */
public interface Campaigns extends Repository<Campaign, CampaignId> {
    List<Campaign> all();

    /** The campaigns a deal is credited to. */
    List<Campaign> creditedWith(DealId deal);

    /** The campaigns the filter admits, keyset-paged by id; the filter is applied while reading. */
    Page<Campaign> list(RecordFilter filter, PageRequest page);

    @Override
    default String aggregateName() {
        return "Campaign";
    }
}
