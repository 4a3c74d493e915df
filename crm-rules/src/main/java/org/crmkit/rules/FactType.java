package org.crmkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The type of a fact field. Types are checked when a rule is loaded, so a rule that compares a date with a
 * number never reaches evaluation.
 *
 * @param kind     what sort of value
 * @param allowed  the allowed values of an {@link Kind#ENUM} (sorted), empty otherwise
 * @param element  the element type of a {@link Kind#LIST}, null otherwise
 */
public record FactType(Kind kind, Set<String> allowed, FactType element) {
    public enum Kind { STRING, NUMBER, MONEY, BOOLEAN, DATE, INSTANT, ENUM, LIST }

    public static final FactType STRING = new FactType(Kind.STRING, Set.of(), null);
    /** Values are {@link java.math.BigDecimal}. */
    public static final FactType NUMBER = new FactType(Kind.NUMBER, Set.of(), null);
    /** Values are {@link MoneyValue}: only amounts in the same currency compare. */
    public static final FactType MONEY = new FactType(Kind.MONEY, Set.of(), null);
    public static final FactType BOOLEAN = new FactType(Kind.BOOLEAN, Set.of(), null);
    /** Values are {@link java.time.LocalDate}. */
    public static final FactType DATE = new FactType(Kind.DATE, Set.of(), null);
    /** Values are {@link java.time.Instant}. */
    public static final FactType INSTANT = new FactType(Kind.INSTANT, Set.of(), null);

    public FactType {
        Objects.requireNonNull(kind, "kind");
        allowed = Set.copyOf(new TreeSet<>(allowed));
        if ((kind == Kind.ENUM) == allowed.isEmpty()) {
            throw new IllegalArgumentException("an ENUM type, and only an ENUM type, lists its allowed values");
        }
        if ((kind == Kind.LIST) != (element != null) || (element != null && element.kind == Kind.LIST)) {
            throw new IllegalArgumentException("a LIST type, and only a LIST type, has a non-list element type");
        }
    }

    public static FactType enumOf(String... allowed) {
        return new FactType(Kind.ENUM, Set.of(allowed), null);
    }

    public static FactType enumOf(Class<? extends Enum<?>> type) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return new FactType(Kind.ENUM, names, null);
    }

    public static FactType listOf(FactType element) {
        return new FactType(Kind.LIST, Set.of(), element);
    }

    /** Whether gt/gte/lt/lte/between apply. */
    public boolean isOrdered() {
        return kind == Kind.NUMBER || kind == Kind.MONEY || kind == Kind.DATE || kind == Kind.INSTANT;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ENUM -> "ENUM" + List.copyOf(new TreeSet<>(allowed));
            case LIST -> "LIST<" + element + ">";
            default -> kind.name();
        };
    }
}
