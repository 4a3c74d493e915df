package org.crmkit.core.campaign;

import java.time.LocalDate;

import org.crmkit.core.shared.DomainException;

/** A campaign period whose end comes before its start. */
public final class CampaignPeriodOutOfOrder extends DomainException {
    public CampaignPeriodOutOfOrder(LocalDate start, LocalDate end) {
        super("campaign.period-out-of-order",
                "A campaign cannot end (" + end + ") before it starts (" + start + ")",
                "Кампания не может закончиться (" + end + ") раньше, чем начнётся (" + start + ")");
    }
}
