package org.crmkit.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in one currency, held at the currency's own scale so that equal amounts are equal objects.
 *
 * <p>Amounts with more decimals than the currency allows are rounded half-even (banker's rounding), which keeps
 * repeated roundings unbiased. Arithmetic never converts: mixing currencies raises {@link CurrencyMismatch}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        if (amount == null) throw InvalidValue.missing("money.amount", "Money amount", "сумма");
        if (currency == null) throw InvalidValue.missing("money.currency", "Money currency", "валюта");
        amount = atScaleOf(currency, amount);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Parses a plain decimal such as {@code "1234.50"}; the currency code is an ISO 4217 code, case-insensitive. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /** Whole units (roubles, not kopecks). */
    public static Money of(long amount, String currencyCode) {
        return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money zero(String currencyCode) {
        return zero(currency(currencyCode));
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** The product is rounded half-even to the currency's scale. */
    public Money times(BigDecimal factor) {
        if (factor == null) throw InvalidValue.missing("money.factor", "Multiplication factor", "множитель");
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return times(BigDecimal.valueOf(factor));
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (other == null) throw InvalidValue.missing("money.missing", "Money", "сумма");
        if (!currency.equals(other.currency)) throw new CurrencyMismatch(currency, other.currency);
        return other;
    }

    private static BigDecimal atScaleOf(Currency currency, BigDecimal amount) {
        int digits = currency.getDefaultFractionDigits();
        // Pseudo-currencies (XAU, XXX) have no default scale: strip zeros so equal amounts still compare equal.
        return digits < 0 ? amount.stripTrailingZeros() : amount.setScale(digits, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal parseAmount(String amount) {
        if (amount == null) throw InvalidValue.missing("money.amount", "Money amount", "сумма");
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValue("money.amount",
                    "Money amount is not a decimal number: '" + amount + "'",
                    "Сумма не является десятичным числом: «" + amount + "»");
        }
    }

    private static Currency currency(String code) {
        if (code == null) throw InvalidValue.missing("money.currency", "Money currency", "валюта");
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("money.currency",
                    "Unknown ISO 4217 currency code: '" + code + "'",
                    "Неизвестный код валюты ISO 4217: «" + code + "»");
        }
    }
}
