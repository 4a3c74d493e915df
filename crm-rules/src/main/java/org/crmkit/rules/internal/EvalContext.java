package org.crmkit.rules.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import org.crmkit.rules.BusinessDays;
import org.crmkit.rules.Rule;

/**
 * Per-evaluation state of one fact: today is read once, and only if a rule asks for it; each field is read from the
 * fact once, the first time a condition needs it, and remembered in its slot (the compiler gave every field of the
 * rule set a slot number), so fifty rules reading {@code amount} convert it once; the matched rules are collected
 * here until the result is built. The untraced path reuses one context per thread and rule set
 * ({@link #acquire}, {@link #release}), so that evaluating allocates nothing but its result.
 */
public final class EvalContext {
    /** Marks a slot whose field was read and was absent (a null slot is a field not read yet). */
    private static final Object ABSENT = new Object();
    private static final Rule[] NO_RULES = {};

    private Today clock;
    private BusinessDays businessDays;
    private final Object[] fields;
    private LocalDate today;
    private final boolean[] triggersApplying;
    private Rule[] matched = NO_RULES;
    private int matchedCount;
    /** Whether an evaluation is using this context now (a Java predicate may evaluate rules re-entrantly). */
    boolean inUse;

    /**
     * @param fieldSlots how many fields the rule set reads ({@link Compiler#fieldSlots()})
     * @param triggers   how many distinct triggers its enabled rules have
     */
    EvalContext(Today clock, BusinessDays businessDays, int fieldSlots, int triggers) {
        this.clock = clock;
        this.businessDays = businessDays;
        this.fields = fieldSlots == 0 ? null : new Object[fieldSlots];
        this.triggersApplying = new boolean[triggers];
    }

    /** Takes the context for one evaluation with this clock and calendar. */
    void acquire(Today clock, BusinessDays businessDays) {
        this.inUse = true;
        this.clock = clock;
        this.businessDays = businessDays;
    }

    /** Forgets the fact's values and the matches (a reused context must not keep a fact reachable). */
    void release() {
        today = null;
        if (fields != null) {
            Arrays.fill(fields, null);
        }
        Arrays.fill(matched, 0, matchedCount, null);
        matchedCount = 0;
        inUse = false;
    }

    LocalDate today() {
        if (today == null) {
            today = clock.date();
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

    /** Per distinct trigger of the rule set, whether it applies to this evaluation's occasion. */
    boolean[] triggersApplying() {
        return triggersApplying;
    }

    void match(Rule rule) {
        if (matchedCount == matched.length) {
            matched = Arrays.copyOf(matched, Math.max(8, matchedCount * 2));
        }
        matched[matchedCount++] = rule;
    }

    int matchedCount() {
        return matchedCount;
    }

    /** The matched rules, copied out: the result must not share the array this context reuses. */
    Rule[] matchedRules() {
        return Arrays.copyOf(matched, matchedCount);
    }
}
