package org.crmkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * The condition of a rule, as a tree of data. Java rules build it with {@link Conditions}; JSON rules parse
 * into the same tree, so both forms mean the same thing and hash the same. It is compiled against a
 * {@link FactSchema} when a rule set is built.
 *
 * <p>Semantics: a comparison, {@code in} or {@code between} with an absent operand is false (use
 * {@link Exists} to ask about absence); {@code and}/{@code or} evaluate left to right and stop at the first
 * decisive child.
 */
public sealed interface Condition {
    enum Op {
        EQ("eq", "="), NE("ne", "!="), GT("gt", ">"), GTE("gte", ">="), LT("lt", "<"), LTE("lte", "<=");

        private final String json;
        private final String symbol;

        Op(String json, String symbol) {
            this.json = json;
            this.symbol = symbol;
        }

        public String json() {
            return json;
        }

        public String symbol() {
            return symbol;
        }

        public boolean needsOrder() {
            return this != EQ && this != NE;
        }
    }

    default Condition and(Condition other) {
        return Conditions.and(this, other);
    }

    default Condition or(Condition other) {
        return Conditions.or(this, other);
    }

    default Condition negate() {
        return Conditions.not(this);
    }

    /** Always true: the condition of a catch-all rule ({@code "when": true}). */
    enum Always implements Condition { INSTANCE }

    record Compare(Op op, Operand left, Operand right) implements Condition {
        public Compare {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** The value is one of the options. */
    record In(Operand value, List<Operand> options) implements Condition {
        public In {
            Objects.requireNonNull(value, "value");
            options = List.copyOf(options);
        }
    }

    /** The value is an element of a list-typed operand (e.g. the roles of a deal's contacts). */
    record InList(Operand value, Operand list) implements Condition {
        public InList {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(list, "list");
        }
    }

    /** low ≤ value ≤ high. */
    record Between(Operand value, Operand low, Operand high) implements Condition {
        public Between {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }
    }

    record And(List<Condition> all) implements Condition {
        public And {
            all = List.copyOf(all);
            if (all.isEmpty()) {
                throw new IllegalArgumentException("'and' needs at least one condition");
            }
        }
    }

    record Or(List<Condition> any) implements Condition {
        public Or {
            any = List.copyOf(any);
            if (any.isEmpty()) {
                throw new IllegalArgumentException("'or' needs at least one condition");
            }
        }
    }

    record Not(Condition negated) implements Condition {
        public Not {
            Objects.requireNonNull(negated, "negated");
        }
    }

    /** The field is present: not null, not a blank string, not an empty list. */
    record Exists(Operand.FieldRef field) implements Condition {
        public Exists {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * A named Java predicate over the whole fact: Java-only (JSON cannot express it), opaque to traces and to
     * the content hash beyond its name. Prefer the combinators.
     */
    record Predicate(String name, java.util.function.Predicate<?> test) implements Condition {
        public Predicate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(test, "test");
        }
    }
}
