package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A campaign was planned. */
public record CampaignPlanned(CampaignId campaign, String name, CampaignChannel channel, CampaignPeriod period, org.crmkit.core.shared.Money budget, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
