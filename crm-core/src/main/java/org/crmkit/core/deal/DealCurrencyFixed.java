package org.crmkit.core.deal;

import java.util.Currency;

import org.crmkit.core.shared.DomainException;

/** Once a deal has an amount its currency is fixed, so forecasts never silently mix currencies. */
public final class DealCurrencyFixed extends DomainException {
    public DealCurrencyFixed(DealId deal, Currency fixed, Currency given) {
        super("deal.amount.currency-fixed",
                "Deal " + deal + " is in " + fixed.getCurrencyCode() + ", not " + given.getCurrencyCode(),
                "Сделка " + deal + " ведётся в валюте " + fixed.getCurrencyCode() + ", а не "
                        + given.getCurrencyCode());
    }
}
