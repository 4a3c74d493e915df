package org.crmkit.core.campaign;

import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Money;

/** A campaign budget below zero. */
public final class NegativeCampaignBudget extends DomainException {
    public NegativeCampaignBudget(Money budget) {
        super("campaign.budget-negative",
                "A campaign budget cannot be negative: " + budget,
                "Бюджет кампании не может быть отрицательным: " + budget);
    }
}
