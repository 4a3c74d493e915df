package org.crmkit.rules.internal;

import java.time.LocalDate;
import java.util.function.Function;
import org.crmkit.rules.BusinessDays;
import org.crmkit.rules.FactType;
import org.crmkit.rules.Field;

/** A compiled operand: reads its value with no lookup by name. */
abstract class Value {
    final FactType type;

    Value(FactType type) {
        this.type = type;
    }

    /** What {@link #constant()} returns for an operand whose value depends on the fact or the day. */
    static final Object VARIES = new Object();

    abstract Object get(Object fact, EvalContext context);

    /**
     * The value, when it is the same for every fact (a literal or a parameter), else {@link #VARIES}: nodes keep
     * constants themselves rather than asking for them through a virtual call on every evaluation.
     */
    Object constant() {
        return VARIES;
    }

    /** How the operand reads in a trace: {@code amount}, {@code 1000}, {@code today+2bd}. */
    abstract String describe();

    static final class FieldValue extends Value {
        private final Function<Object, Object> accessor;
        private final String name;
        private final int slot;

        /** @param slot where the evaluation context remembers this field's value */
        @SuppressWarnings("unchecked")
        FieldValue(Field<?> field, int slot) {
            super(field.type());
            this.accessor = (Function<Object, Object>) field.accessor();
            this.name = field.name();
            this.slot = slot;
        }

        @Override
        Object get(Object fact, EvalContext context) {
            return context.field(slot, accessor, fact);
        }

        @Override
        String describe() {
            return name;
        }
    }

    static final class Constant extends Value {
        private final Object value;
        private final String label;
        private final boolean literal;

        /** A literal, or (when not literal) a parameter whose name is the label. */
        Constant(FactType type, Object value, String label, boolean literal) {
            super(type);
            this.value = value;
            this.label = label;
            this.literal = literal;
        }

        boolean isLiteral() {
            return literal;
        }

        @Override
        Object get(Object fact, EvalContext context) {
            return value;
        }

        @Override
        Object constant() {
            return value;
        }

        @Override
        String describe() {
            return label;
        }
    }

    static final class Today extends Value {
        Today() {
            super(FactType.DATE);
        }

        @Override
        Object get(Object fact, EvalContext context) {
            return context.today();
        }

        @Override
        String describe() {
            return "today";
        }
    }

    static final class Shifted extends Value {
        /** The last result for a base that is today: dates change once a day, rules run many times a second. */
        private record Memo(LocalDate base, BusinessDays calendar, LocalDate result) {
        }

        private final Value base;
        private final int amount;
        private final boolean businessDays;
        private volatile Memo memo;

        Shifted(Value base, int amount, boolean businessDays) {
            super(FactType.DATE);
            this.base = base;
            this.amount = amount;
            this.businessDays = businessDays;
        }

        @Override
        Object get(Object fact, EvalContext context) {
            LocalDate date = (LocalDate) base.get(fact, context);
            if (date == null) {
                return null;
            }
            if (!(base instanceof Today)) {
                return businessDays ? context.businessDays().plus(date, amount) : date.plusDays(amount);
            }
            Memo last = memo;
            if (last == null || !last.base.equals(date) || last.calendar != context.businessDays()) {
                last = new Memo(date, context.businessDays(),
                        businessDays ? context.businessDays().plus(date, amount) : date.plusDays(amount));
                memo = last;
            }
            return last.result;
        }

        @Override
        String describe() {
            return base.describe() + (amount < 0 ? "" : "+") + amount + (businessDays ? " business days" : " days");
        }
    }
}
