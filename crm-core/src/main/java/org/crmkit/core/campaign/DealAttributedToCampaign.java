package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A deal was credited to a campaign. */
public record DealAttributedToCampaign(CampaignId campaign, org.crmkit.core.deal.DealId deal, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
