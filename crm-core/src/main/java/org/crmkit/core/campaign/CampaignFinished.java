package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A running campaign finished. */
public record CampaignFinished(CampaignId campaign, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
