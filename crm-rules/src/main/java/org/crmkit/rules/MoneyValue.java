package org.crmkit.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount with its ISO 4217 currency as rules see it. Core's {@code Money} is adapted to it in the schema
 * (one accessor), so the rule language does not wait for, or depend on, the value-object branch.
 */
public record MoneyValue(BigDecimal amount, String currency) implements Comparable<MoneyValue> {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public MoneyValue {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("a currency is a three-letter ISO 4217 code: " + currency);
        }
    }

    public static MoneyValue of(String amount, String currency) {
        return new MoneyValue(new BigDecimal(amount), currency);
    }

    public static MoneyValue of(BigDecimal amount, String currency) {
        return new MoneyValue(amount, currency);
    }

    /** Parses the literal form used in rule files: {@code "1500000.00 RUB"}. */
    public static MoneyValue parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("money is written '<amount> <currency>', e.g. '1500.00 RUB': " + text);
        }
        return of(parts[0], parts[1]);
    }

    /** Compares amounts; the caller makes sure the currencies are the same. */
    @Override
    public int compareTo(MoneyValue other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + currency;
    }
}
