package org.crmkit.core.campaign;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** Something that happened to a campaign; sealed so listeners can switch over every kind exhaustively. */
public sealed interface CampaignEvent extends DomainEvent
        permits CampaignPlanned, CampaignStarted, CampaignFinished, CampaignCancelled, CampaignMemberInvited,
        CampaignMemberResponded, DealAttributedToCampaign, CampaignBudgetChanged {

    CampaignId campaign();

    @Override
    default UUID aggregateId() {
        return campaign().value();
    }
}
