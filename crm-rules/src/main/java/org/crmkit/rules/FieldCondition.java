package org.crmkit.rules;

import java.util.Arrays;

/** Conditions on one field, started by {@link Conditions#field(String)}: {@code field("amount").gt(1000)}. */
public final class FieldCondition {
    private final Operand.FieldRef ref;

    FieldCondition(String name) {
        this.ref = new Operand.FieldRef(name);
    }

    public Operand.FieldRef ref() {
        return ref;
    }

    public Condition isPresent() {
        return new Condition.Exists(ref);
    }

    public Condition isAbsent() {
        return new Condition.Not(isPresent());
    }

    public Condition eq(Object value) {
        return compare(Condition.Op.EQ, value);
    }

    public Condition ne(Object value) {
        return compare(Condition.Op.NE, value);
    }

    public Condition gt(Object value) {
        return compare(Condition.Op.GT, value);
    }

    public Condition gte(Object value) {
        return compare(Condition.Op.GTE, value);
    }

    public Condition lt(Object value) {
        return compare(Condition.Op.LT, value);
    }

    public Condition lte(Object value) {
        return compare(Condition.Op.LTE, value);
    }

    public Condition in(Object... options) {
        return new Condition.In(ref, Arrays.stream(options).map(Operand::of).toList());
    }

    /** Inclusive at both ends. */
    public Condition between(Object low, Object high) {
        return new Condition.Between(ref, Operand.of(low), Operand.of(high));
    }

    /** This list-typed field holds the value. */
    public Condition contains(Object value) {
        return new Condition.InList(Operand.of(value), ref);
    }

    public Operand.DateShift plusDays(int days) {
        return ref.plusDays(days);
    }

    public Operand.DateShift plusBusinessDays(int days) {
        return ref.plusBusinessDays(days);
    }

    private Condition compare(Condition.Op op, Object value) {
        return new Condition.Compare(op, ref, Operand.of(value));
    }
}
