package org.crmkit.core.campaign;

import java.util.Locale;
import java.util.Objects;

/**
 * How a campaign reaches people ("email", "social media", "webinar", ...): a typed string rather than an enum,
 * because each company names its own channels; lower-cased so that reports group "Email" and "email" once.
 */
public record CampaignChannel(String value) {
    public CampaignChannel {
        Objects.requireNonNull(value, "campaign channel");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a campaign channel must not be blank");
        }
    }

    public static CampaignChannel of(String value) {
        return new CampaignChannel(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
