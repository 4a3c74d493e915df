package org.crmkit.rules.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import org.crmkit.rules.FactType;
import org.crmkit.rules.MoneyValue;

/** What equal, less and present mean for each fact type; and how a literal becomes a value of a type. */
final class Semantics {
    private Semantics() {
    }

    static boolean present(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String text) {
            return !text.isBlank();
        }
        if (value instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        return true;
    }

    static boolean equal(FactType.Kind kind, Object a, Object b) {
        switch (kind) {
            case NUMBER:
                return number(a).compareTo(number(b)) == 0;
            case MONEY:
                MoneyValue x = (MoneyValue) a;
                MoneyValue y = (MoneyValue) b;
                return x.currency().equals(y.currency()) && x.amount().compareTo(y.amount()) == 0;
            case ENUM:
                return name(a).equals(name(b));
            default:
                return a.equals(b);
        }
    }

    /** Negative, zero or positive; {@link Integer#MIN_VALUE} when the values do not compare (other currency). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(FactType.Kind kind, Object a, Object b) {
        switch (kind) {
            case NUMBER:
                return number(a).compareTo(number(b));
            case MONEY:
                MoneyValue x = (MoneyValue) a;
                MoneyValue y = (MoneyValue) b;
                return x.currency().equals(y.currency()) ? Integer.signum(x.amount().compareTo(y.amount())) : Integer.MIN_VALUE;
            default:
                return ((Comparable) a).compareTo(b);
        }
    }

    /**
     * A money constant at its currency's scale ({@code 1000 RUB} as {@code 1000.00}), the scale at which core holds
     * amounts: BigDecimal compares two values of one scale by their unscaled longs, without rescaling. Equal in
     * value, so no decision changes; anything else is returned as it is.
     */
    static Object atCurrencyScale(Object value) {
        if (!(value instanceof MoneyValue money)) {
            return value;
        }
        int digits;
        try {
            digits = java.util.Currency.getInstance(money.currency()).getDefaultFractionDigits();
        } catch (IllegalArgumentException notIso) {
            return value;
        }
        return digits < 0 || money.amount().scale() >= digits ? value
                : MoneyValue.of(money.amount().setScale(digits), money.currency());
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static Object name(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    /** Thrown by {@link #coerce} with the reason, which the compiler turns into a TYPE_MISMATCH problem. */
    static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    /** A literal (already normalised by {@code Operand.Literal}) as a value of the type. */
    static Object coerce(Object literal, FactType type) throws Mismatch {
        switch (type.kind()) {
            case NUMBER:
                if (literal instanceof BigDecimal) {
                    return literal;
                }
                break;
            case MONEY:
                if (literal instanceof MoneyValue) {
                    return literal;
                }
                break;
            case BOOLEAN:
                if (literal instanceof Boolean) {
                    return literal;
                }
                break;
            case STRING:
                if (literal instanceof String) {
                    return literal;
                }
                break;
            case ENUM:
                if (literal instanceof String name) {
                    if (!type.allowed().contains(name)) {
                        throw new Mismatch("'" + name + "' is not one of " + type.allowed().stream().sorted().toList());
                    }
                    return name;
                }
                break;
            case DATE:
                if (literal instanceof LocalDate) {
                    return literal;
                }
                if (literal instanceof String text) {
                    try {
                        return LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new Mismatch("'" + text + "' is not a DATE (yyyy-mm-dd)");
                    }
                }
                break;
            case INSTANT:
                if (literal instanceof Instant) {
                    return literal;
                }
                if (literal instanceof String text) {
                    try {
                        return Instant.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new Mismatch("'" + text + "' is not an INSTANT (e.g. 2026-01-31T09:00:00Z)");
                    }
                }
                break;
            default:
                break;
        }
        String hint = type.kind() == FactType.Kind.MONEY ? "; write money as {\"money\": \"1500.00 RUB\"}" : "";
        throw new Mismatch(render(literal) + " (" + naturalType(literal) + ") is not a " + type + hint);
    }

    /** The type a literal has on its own, when nothing else in the comparison gives one. */
    static FactType naturalType(Object literal) {
        if (literal instanceof BigDecimal) {
            return FactType.NUMBER;
        }
        if (literal instanceof Boolean) {
            return FactType.BOOLEAN;
        }
        if (literal instanceof LocalDate) {
            return FactType.DATE;
        }
        if (literal instanceof Instant) {
            return FactType.INSTANT;
        }
        if (literal instanceof MoneyValue) {
            return FactType.MONEY;
        }
        return FactType.STRING;
    }

    static String render(Object literal) {
        if (literal instanceof String || literal instanceof LocalDate || literal instanceof Instant
                || literal instanceof MoneyValue) {
            return "'" + literal + "'";
        }
        if (literal instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(literal);
    }
}
