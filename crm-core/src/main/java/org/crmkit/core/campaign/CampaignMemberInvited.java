package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Someone was added to a campaign's audience. */
public record CampaignMemberInvited(CampaignId campaign, Recipient recipient, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
