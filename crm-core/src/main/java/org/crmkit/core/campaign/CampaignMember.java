package org.crmkit.core.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * One recipient of a campaign and how far they went.
 *
 * @param invitedAt     when they were added to the campaign
 * @param statusSince   when they reached their current status
 */
public record CampaignMember(Recipient recipient, ResponseStatus status, Instant invitedAt, Instant statusSince) {
    public CampaignMember {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invitedAt, "invitedAt");
        Objects.requireNonNull(statusSince, "statusSince");
    }
}
