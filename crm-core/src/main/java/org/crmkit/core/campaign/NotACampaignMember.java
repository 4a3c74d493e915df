package org.crmkit.core.campaign;

import org.crmkit.core.shared.DomainException;

/** A response was recorded for someone the campaign never invited. */
public final class NotACampaignMember extends DomainException {
    public NotACampaignMember(CampaignId campaign, Recipient recipient) {
        super("campaign.not-a-member",
                recipient + " is not a member of campaign " + campaign,
                recipient + " не участвует в кампании " + campaign);
    }
}
