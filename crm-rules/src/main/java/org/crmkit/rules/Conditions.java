package org.crmkit.rules;

import java.util.List;
import java.util.function.Predicate;

/**
 * Builds conditions in Java. The combinators produce the same tree as the JSON form (and so give traces);
 * {@link #of(String, Predicate)} wraps a lambda for what the combinators cannot say.
 */
public final class Conditions {
    private Conditions() {
    }

    public static FieldCondition field(String name) {
        return new FieldCondition(name);
    }

    public static Operand.Param param(String name) {
        return new Operand.Param(name);
    }

    /** Today by the engine's clock; {@code today().plusBusinessDays(2)}. */
    public static Operand.DateShift today() {
        return new Operand.DateShift(Operand.Today.INSTANCE, 0, false);
    }

    public static Condition exists(String field) {
        return field(field).isPresent();
    }

    public static Condition always() {
        return Condition.Always.INSTANCE;
    }

    public static Condition compare(Condition.Op op, Object left, Object right) {
        return new Condition.Compare(op, Operand.of(left), Operand.of(right));
    }

    public static Condition and(Condition... all) {
        return new Condition.And(List.of(all));
    }

    public static Condition or(Condition... any) {
        return new Condition.Or(List.of(any));
    }

    public static Condition not(Condition condition) {
        return new Condition.Not(condition);
    }

    /** A named lambda over the whole fact (Java-only; its trace shows only the result). */
    public static <T> Condition of(String name, Predicate<T> test) {
        return new Condition.Predicate(name, test);
    }
}
