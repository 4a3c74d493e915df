package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A campaign was called off before it finished. */
public record CampaignCancelled(CampaignId campaign, String reason, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
