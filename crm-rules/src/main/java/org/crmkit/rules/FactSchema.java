package org.crmkit.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts rules may read about one kind of aggregate ({@code deal}, {@code claim}, ...): named, typed fields
 * with accessors. Rules are checked against it when they are loaded; nothing is found by reflection.
 *
 * <pre>{@code
 * FactSchema<Deal> DEAL = FactSchema.builder("deal", Deal.class)
 *         .money("amount", Deal::amount)
 *         .enumeration("stage", DealStage.class, Deal::stage)
 *         .date("expectedClose", Deal::expectedClose)
 *         .build();
 * }</pre>
 */
public final class FactSchema<T> {
    private final String name;
    private final Class<T> factClass;
    private final Map<String, Field<T>> fields;

    private FactSchema(String name, Class<T> factClass, Map<String, Field<T>> fields) {
        this.name = name;
        this.factClass = factClass;
        this.fields = Map.copyOf(fields);
    }

    public static <T> Builder<T> builder(String name, Class<T> factClass) {
        return new Builder<>(name, factClass);
    }

    /** The schema's name, e.g. {@code deal}: a rule set file names the schema it was written for. */
    public String name() {
        return name;
    }

    public Class<T> factClass() {
        return factClass;
    }

    public Optional<Field<T>> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** All fields, sorted by name. */
    public List<Field<T>> fields() {
        return fields.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public String toString() {
        return "FactSchema[" + name + ", " + fields.size() + " fields]";
    }

    /**
     * Declares fields. The typed methods normalise what the accessor returns to the type's representation
     * (any {@link Number} to {@link BigDecimal}, an enum constant to its name), so the engine compares like with like.
     */
    public static final class Builder<T> {
        private final String name;
        private final Class<T> factClass;
        private final Map<String, Field<T>> fields = new LinkedHashMap<>();

        private Builder(String name, Class<T> factClass) {
            this.name = Objects.requireNonNull(name, "name");
            this.factClass = Objects.requireNonNull(factClass, "fact class");
        }

        public Builder<T> field(String fieldName, FactType type, Function<? super T, Object> accessor) {
            Field<T> field = new Field<>(fieldName, type, accessor);
            if (fields.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("field '" + fieldName + "' is declared twice in schema " + name);
            }
            return this;
        }

        public Builder<T> string(String fieldName, Function<? super T, String> accessor) {
            return field(fieldName, FactType.STRING, accessor::apply);
        }

        public Builder<T> number(String fieldName, Function<? super T, ? extends Number> accessor) {
            return field(fieldName, FactType.NUMBER, fact -> toBigDecimal(accessor.apply(fact)));
        }

        public Builder<T> money(String fieldName, Function<? super T, MoneyValue> accessor) {
            return field(fieldName, FactType.MONEY, accessor::apply);
        }

        public Builder<T> bool(String fieldName, Function<? super T, Boolean> accessor) {
            return field(fieldName, FactType.BOOLEAN, accessor::apply);
        }

        public Builder<T> date(String fieldName, Function<? super T, LocalDate> accessor) {
            return field(fieldName, FactType.DATE, accessor::apply);
        }

        public Builder<T> instant(String fieldName, Function<? super T, Instant> accessor) {
            return field(fieldName, FactType.INSTANT, accessor::apply);
        }

        public <E extends Enum<E>> Builder<T> enumeration(String fieldName, Class<E> type,
                                                           Function<? super T, E> accessor) {
            return field(fieldName, FactType.enumOf(type), fact -> {
                E value = accessor.apply(fact);
                return value == null ? null : value.name();
            });
        }

        public Builder<T> enumeration(String fieldName, FactType enumType, Function<? super T, String> accessor) {
            if (enumType.kind() != FactType.Kind.ENUM) {
                throw new IllegalArgumentException(fieldName + ": not an ENUM type: " + enumType);
            }
            return field(fieldName, enumType, accessor::apply);
        }

        /** A list of values of the element type (enum constants and numbers are normalised when compared). */
        public Builder<T> list(String fieldName, FactType element, Function<? super T, ? extends Collection<?>> accessor) {
            return field(fieldName, FactType.listOf(element), accessor::apply);
        }

        public FactSchema<T> build() {
            return new FactSchema<>(name, factClass, fields);
        }
    }

    /**
     * Whole numbers 0..1023 (percentages, counts, days) as shared BigDecimals, filled on first use: a number field
     * is read on every evaluation, and BigDecimal.valueOf caches only 0..10. BigDecimal is immutable, so sharing
     * an instance changes nothing a reader can see.
     */
    private static final BigDecimal[] SMALL_WHOLE_NUMBERS = new BigDecimal[1024];

    static BigDecimal toBigDecimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue();
            if (whole < 0 || whole >= SMALL_WHOLE_NUMBERS.length) {
                return BigDecimal.valueOf(whole);
            }
            BigDecimal shared = SMALL_WHOLE_NUMBERS[(int) whole];
            if (shared == null) {
                shared = BigDecimal.valueOf(whole);
                SMALL_WHOLE_NUMBERS[(int) whole] = shared;
            }
            return shared;
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }
}
