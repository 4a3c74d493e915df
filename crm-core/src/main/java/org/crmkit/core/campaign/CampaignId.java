package org.crmkit.core.campaign;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a marketing campaign. */
public record CampaignId(UUID value) {
    public CampaignId {
        Objects.requireNonNull(value, "campaign id");
    }

    public static CampaignId newId() {
        return new CampaignId(UuidV7.next());
    }

    public static CampaignId of(String uuid) {
        return new CampaignId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
