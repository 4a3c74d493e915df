package org.crmkit.rules.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.crmkit.rules.BusinessDays;

/**
 * Per-evaluation state of one fact: today is read from the clock once, and only if a rule asks for it; each field
 * is read from the fact once, the first time a condition needs it, and remembered in its slot (the compiler gave
 * every field of the rule set a slot number), so fifty rules reading {@code amount} convert it once.
 */
public final class EvalContext {
    /** Marks a slot whose field was read and was absent (a null slot is a field not read yet). */
    private static final Object ABSENT = new Object();

    private final Clock clock;
    private final BusinessDays businessDays;
    private final Object[] fields;
    private LocalDate today;

    /** A context that remembers nothing per field (every read calls the accessor). */
    public EvalContext(Clock clock, BusinessDays businessDays) {
        this(clock, businessDays, 0);
    }

    /** @param fieldSlots how many fields the rule set reads ({@link Compiler#fieldSlots()}) */
    public EvalContext(Clock clock, BusinessDays businessDays, int fieldSlots) {
        this.clock = clock;
        this.businessDays = businessDays;
        this.fields = fieldSlots == 0 ? null : new Object[fieldSlots];
    }

    LocalDate today() {
        if (today == null) {
            today = LocalDate.now(clock);
        }
        return today;
    }

    BusinessDays businessDays() {
        return businessDays;
    }

    /** The field's value for this evaluation's fact: read through the accessor the first time, then remembered. */
    Object field(int slot, Function<Object, Object> accessor, Object fact) {
        Object[] values = fields;
        if (values == null || slot >= values.length) {
            return accessor.apply(fact);
        }
        Object value = values[slot];
        if (value == null) {
            value = accessor.apply(fact);
            values[slot] = value == null ? ABSENT : value;
            return value;
        }
        return value == ABSENT ? null : value;
    }
}
