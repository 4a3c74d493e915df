package org.crmkit.core.shared;

import java.util.Currency;

/** Two amounts in different currencies were combined or compared: the domain never converts implicitly. */
public final class CurrencyMismatch extends DomainException {

    public CurrencyMismatch(Currency left, Currency right) {
        super("money.currency-mismatch",
                "Cannot combine amounts in " + left.getCurrencyCode() + " and " + right.getCurrencyCode(),
                "Нельзя складывать или сравнивать суммы в разных валютах: "
                        + left.getCurrencyCode() + " и " + right.getCurrencyCode());
    }
}
