package org.crmkit.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value inside a condition: a field of the aggregate, a rule-set parameter, a literal, today, or a date
 * shifted by calendar or business days. The JSON form mirrors each record (see RULES-FORMAT.md).
 */
public sealed interface Operand {
    /** {@code {"field":"amount"}} */
    record FieldRef(String name) implements Operand {
        public FieldRef {
            Objects.requireNonNull(name, "field name");
        }

        public DateShift plusDays(int days) {
            return new DateShift(this, days, false);
        }

        public DateShift plusBusinessDays(int days) {
            return new DateShift(this, days, true);
        }
    }

    /** {@code {"param":"minAmount"}}: the value is supplied per rule set. */
    record Param(String name) implements Operand {
        public Param {
            Objects.requireNonNull(name, "param name");
        }
    }

    /** A constant: a string, a number ({@link BigDecimal}), a boolean, a date, an instant or money. */
    record Literal(Object value) implements Operand {
        public Literal {
            value = normalise(value);
        }
    }

    /** The evaluation date, from the engine's clock. */
    enum Today implements Operand { INSTANCE }

    /** {@code {"date":"today","plusDays":3}} or {@code {"date":{"field":"expectedClose"},"plusBusinessDays":-2}}. */
    record DateShift(Operand base, int amount, boolean businessDays) implements Operand {
        public DateShift {
            Objects.requireNonNull(base, "base");
        }

        public DateShift plusDays(int days) {
            return isUnshifted() ? new DateShift(base, days, false) : new DateShift(this, days, false);
        }

        public DateShift plusBusinessDays(int days) {
            return isUnshifted() ? new DateShift(base, days, true) : new DateShift(this, days, true);
        }

        private boolean isUnshifted() {
            return amount == 0 && !businessDays;
        }
    }

    /** An operand as given: an {@link Operand}, a {@link FieldCondition} (its field), or a literal value. */
    static Operand of(Object value) {
        if (value instanceof Operand operand) {
            return operand;
        }
        if (value instanceof FieldCondition field) {
            return field.ref();
        }
        return new Literal(value);
    }

    private static Object normalise(Object value) {
        if (value instanceof Number number) {
            return FactSchema.toBigDecimal(number);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof String || value instanceof Boolean || value instanceof LocalDate
                || value instanceof Instant || value instanceof MoneyValue) {
            return value;
        }
        throw new IllegalArgumentException("not a literal a rule can hold: " + value);
    }
}
