package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A campaign's budget changed. */
public record CampaignBudgetChanged(CampaignId campaign, org.crmkit.core.shared.Money from, org.crmkit.core.shared.Money to, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
