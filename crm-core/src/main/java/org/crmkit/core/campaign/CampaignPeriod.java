package org.crmkit.core.campaign;

import java.time.LocalDate;
import java.util.Objects;

/** The days a campaign runs, both ends included; the end is never before the start. */
public record CampaignPeriod(LocalDate start, LocalDate end) {
    public CampaignPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new CampaignPeriodOutOfOrder(start, end);
        }
    }

    public static CampaignPeriod of(LocalDate start, LocalDate end) {
        return new CampaignPeriod(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
