package org.crmkit.core.internal.memory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.crmkit.core.shared.Money;

/** A running sum of amounts in one currency that also keeps them for the median. */
final class MoneySums {
    private final Currency currency;
    private final List<BigDecimal> amounts = new ArrayList<>();
    private Money total;

    MoneySums(Currency currency) {
        this.currency = currency;
        this.total = Money.zero(currency);
    }

    void add(Money amount) {
        amounts.add(amount.amount());
        total = total.plus(amount);
    }

    Money total() {
        return total;
    }

    int count() {
        return amounts.size();
    }

    Optional<Money> average() {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Money.of(total.amount().divide(BigDecimal.valueOf(amounts.size()),
                Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), currency));
    }

    Optional<Money> median() {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(amounts);
        sorted.sort(null);
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return Optional.of(Money.of(middle, currency));
    }
}
