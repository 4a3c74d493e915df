package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A planned campaign started running. */
public record CampaignStarted(CampaignId campaign, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
