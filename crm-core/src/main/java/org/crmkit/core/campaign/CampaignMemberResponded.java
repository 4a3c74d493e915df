package org.crmkit.core.campaign;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A member's response moved on (responded, converted, opted out). */
public record CampaignMemberResponded(CampaignId campaign, Recipient recipient, ResponseStatus from, ResponseStatus to, EmployeeId actor, Instant occurredAt) implements CampaignEvent {
}
