package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.crmkit.core.shared.Money;

/** How the report writes times (Moscow wall clock) and amounts ("1 234 000 RUB"). */
final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH)
            .withZone(DemoClock.MOSCOW);

    private Formats() {
    }

    static String when(Instant instant) {
        return instant == null ? "-" : WHEN.format(instant);
    }

    static String amount(BigDecimal amount, String currency) {
        return String.format(Locale.ROOT, "%,.0f", amount).replace(',', ' ') + " " + currency;
    }

    static String money(Money money) {
        return money == null ? "-" : amount(money.amount(), money.currency().getCurrencyCode());
    }
}
