package org.crmkit.core.deal;

import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Money;

/** A deal's amount cannot be negative. */
public final class NegativeDealAmount extends DomainException {
    public NegativeDealAmount(DealId deal, Money amount) {
        super("deal.amount.negative",
                "Deal " + deal + " cannot have a negative amount " + amount,
                "Сумма сделки " + deal + " не может быть отрицательной: " + amount);
    }
}
