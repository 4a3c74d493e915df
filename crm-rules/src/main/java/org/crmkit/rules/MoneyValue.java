package org.crmkit.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount with its ISO 4217 currency as rules see it. Core's {@code Money} is adapted to it in the schema
 * (one accessor), so the rule language does not wait for, or depend on, the value-object branch.
 */
public record MoneyValue(BigDecimal amount, String currency) implements Comparable<MoneyValue> {
    public MoneyValue {
        Objects.requireNonNull(amount, "amount");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("a currency is a three-letter ISO 4217 code: " + currency);
        }
    }

    /**
     * Three upper-case Latin letters ({@code [A-Z]{3}}), checked by hand: rules build a value per amount read,
     * and a regular expression would allocate a matcher every time.
     */
    private static boolean isCurrencyCode(String code) {
        return code != null && code.length() == 3 && isUpperLatin(code.charAt(0)) && isUpperLatin(code.charAt(1))
                && isUpperLatin(code.charAt(2));
    }

    private static boolean isUpperLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static MoneyValue of(String amount, String currency) {
        return new MoneyValue(new BigDecimal(amount), currency);
    }

    public static MoneyValue of(BigDecimal amount, String currency) {
        return new MoneyValue(amount, currency);
    }

    /**
     * Parses the literal form used in rule files: {@code "1500000.00 RUB"} — the amount and the currency separated by
     * white space ({@code \s+}, after trimming). Split by hand: {@code String.split("\s+")} compiles a pattern on
     * every call, and a large rule file has thousands of money literals.
     */
    public static MoneyValue parse(String text) {
        String trimmed = text.trim();
        int gap = 0;
        while (gap < trimmed.length() && !isSpace(trimmed.charAt(gap))) {
            gap++;
        }
        int currency = gap;
        while (currency < trimmed.length() && isSpace(trimmed.charAt(currency))) {
            currency++;
        }
        boolean twoParts = gap > 0 && currency > gap && noSpaceFrom(trimmed, currency);
        if (!twoParts) {
            throw new IllegalArgumentException("money is written '<amount> <currency>', e.g. '1500.00 RUB': " + text);
        }
        return of(trimmed.substring(0, gap), trimmed.substring(currency));
    }

    /** A plain loop, not a stream: the first money literal of a fresh JVM would load the stream classes. */
    private static boolean noSpaceFrom(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The characters of the regular expression class {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
