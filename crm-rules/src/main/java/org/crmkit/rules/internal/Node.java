package org.crmkit.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.crmkit.rules.Condition.Op;
import org.crmkit.rules.ConditionTrace;
import org.crmkit.rules.ConditionTrace.Result;
import org.crmkit.rules.ConditionTrace.Seen;
import org.crmkit.rules.FactType;

/**
 * A compiled condition. {@link #test} is the fast path (no allocation beyond what accessors do);
 * {@link #trace} evaluates the same way and records what it saw.
 */
public abstract class Node {
    public abstract boolean test(Object fact, EvalContext context);

    public abstract ConditionTrace trace(Object fact, EvalContext context);

    abstract String describe();

    static Result result(boolean value) {
        return value ? Result.TRUE : Result.FALSE;
    }

    private static void see(Value value, Object seen, List<Seen> into) {
        if (!(value instanceof Value.Constant constant) || !constant.isLiteral()) {
            into.add(new Seen(value.describe(), snapshot(seen)));
        }
    }

    /** A list field may be a live view of the aggregate: the trace keeps what it was at evaluation time. */
    static Object snapshot(Object seen) {
        return seen instanceof Collection<?> elements ? java.util.Collections.unmodifiableList(new ArrayList<>(elements))
                : seen;
    }

    static final class Always extends Node {
        static final Always INSTANCE = new Always();

        @Override
        public boolean test(Object fact, EvalContext context) {
            return true;
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            return new ConditionTrace(describe(), Result.TRUE, List.of(), List.of(), "catch-all");
        }

        @Override
        String describe() {
            return "true";
        }
    }

    static final class Compare extends Node {
        private final Op op;
        private final FactType.Kind kind;
        private final Value left;
        private final Value right;
        private final Object rightConstant;

        Compare(Op op, Value left, Value right) {
            this.op = op;
            this.kind = left.type.kind();
            this.left = left;
            this.right = right;
            this.rightConstant = right.constant();
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            Object a = left.get(fact, context);
            if (a == null) {
                return false;
            }
            Object b = rightConstant != Value.VARIES ? rightConstant : right.get(fact, context);
            return b != null && decide(a, b);
        }

        private boolean decide(Object a, Object b) {
            if (op == Op.EQ) {
                return Semantics.equal(kind, a, b);
            }
            if (op == Op.NE) {
                return !Semantics.equal(kind, a, b);
            }
            int order = Semantics.compare(kind, a, b);
            if (order == Integer.MIN_VALUE) {
                return false;
            }
            return switch (op) {
                case GT -> order > 0;
                case GTE -> order >= 0;
                case LT -> order < 0;
                default -> order <= 0;
            };
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            Object a = left.get(fact, context);
            Object b = right.get(fact, context);
            List<Seen> seen = new ArrayList<>(2);
            see(left, a, seen);
            see(right, b, seen);
            boolean result = a != null && b != null && decide(a, b);
            String note = a == null || b == null ? "absent value: comparison is false"
                    : kind == FactType.Kind.MONEY && op.needsOrder() && Semantics.compare(kind, a, b) == Integer.MIN_VALUE
                    ? "different currencies do not compare" : "";
            return new ConditionTrace(describe(), result(result), seen, List.of(), note);
        }

        @Override
        String describe() {
            return left.describe() + " " + op.symbol() + " " + right.describe();
        }
    }

    static final class In extends Node {
        private final FactType.Kind kind;
        private final Value value;
        private final Value[] options;
        /** The options' values when all are constants (the usual case: a list of literals), else null. */
        private final Object[] constants;

        In(Value value, Value[] options) {
            this.kind = value.type.kind();
            this.value = value;
            this.options = options;
            Object[] values = new Object[options.length];
            for (int i = 0; i < options.length; i++) {
                values[i] = options[i].constant();
            }
            this.constants = java.util.Arrays.asList(values).contains(Value.VARIES) ? null : values;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            Object a = value.get(fact, context);
            if (a == null) {
                return false;
            }
            if (constants != null) {
                for (Object option : constants) {
                    if (Semantics.equal(kind, a, option)) {
                        return true;
                    }
                }
                return false;
            }
            for (Value option : options) {
                Object b = option.get(fact, context);
                if (b != null && Semantics.equal(kind, a, b)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            List<Seen> seen = new ArrayList<>();
            see(value, value.get(fact, context), seen);
            for (Value option : options) {
                see(option, option.get(fact, context), seen);
            }
            return new ConditionTrace(describe(), result(test(fact, context)), seen, List.of(), "");
        }

        @Override
        String describe() {
            List<String> labels = new ArrayList<>();
            for (Value option : options) {
                labels.add(option.describe());
            }
            return value.describe() + " in " + labels;
        }
    }

    static final class InList extends Node {
        private final FactType.Kind kind;
        private final Value value;
        private final Value list;
        private Class<?> indexableClass;

        InList(Value value, Value list) {
            this.kind = list.type.element().kind();
            this.value = value;
            this.list = list;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            Object a = value.get(fact, context);
            Object elements = list.get(fact, context);
            if (a == null || elements == null) {
                return false;
            }
            if (isIndexable(elements)) {
                List<?> list = (List<?>) elements;
                for (int i = 0, size = list.size(); i < size; i++) { // no iterator to allocate
                    if (contains(a, list.get(i))) {
                        return true;
                    }
                }
                return false;
            }
            for (Object element : (Collection<?>) elements) {
                if (contains(a, element)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the list can be read by index. Interface type checks scan the class's interfaces and are slow on a
         * path run for every fact; a schema returns lists of one class, so the answer is remembered by exact class
         * (a benign race: any thread may store it, every stored class is right).
         */
        private boolean isIndexable(Object elements) {
            Class<?> type = elements.getClass();
            if (type == indexableClass) {
                return true;
            }
            if (elements instanceof List<?> && elements instanceof java.util.RandomAccess) {
                indexableClass = type;
                return true;
            }
            return false;
        }

        private boolean contains(Object value, Object element) {
            return element != null && Semantics.equal(kind, value, element);
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            List<Seen> seen = new ArrayList<>();
            see(value, value.get(fact, context), seen);
            see(list, list.get(fact, context), seen);
            return new ConditionTrace(describe(), result(test(fact, context)), seen, List.of(), "");
        }

        @Override
        String describe() {
            return value.describe() + " in " + list.describe();
        }
    }

    static final class Between extends Node {
        private final FactType.Kind kind;
        private final Value value;
        private final Value low;
        private final Value high;

        Between(Value value, Value low, Value high) {
            this.kind = value.type.kind();
            this.value = value;
            this.low = low;
            this.high = high;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            Object v = value.get(fact, context);
            if (v == null) {
                return false;
            }
            Object l = low.get(fact, context);
            Object h = high.get(fact, context);
            if (l == null || h == null) {
                return false;
            }
            int fromLow = Semantics.compare(kind, v, l);
            int toHigh = Semantics.compare(kind, v, h);
            return fromLow != Integer.MIN_VALUE && toHigh != Integer.MIN_VALUE && fromLow >= 0 && toHigh <= 0;
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            List<Seen> seen = new ArrayList<>(3);
            see(value, value.get(fact, context), seen);
            see(low, low.get(fact, context), seen);
            see(high, high.get(fact, context), seen);
            return new ConditionTrace(describe(), result(test(fact, context)), seen, List.of(), "");
        }

        @Override
        String describe() {
            return value.describe() + " between " + low.describe() + " and " + high.describe();
        }
    }

    static final class Exists extends Node {
        private final Value field;

        Exists(Value field) {
            this.field = field;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            return Semantics.present(field.get(fact, context));
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            Object value = field.get(fact, context);
            return new ConditionTrace(describe(), result(Semantics.present(value)),
                    List.of(new Seen(field.describe(), snapshot(value))), List.of(), "");
        }

        @Override
        String describe() {
            return "exists " + field.describe();
        }
    }

    static final class Not extends Node {
        private final Node negated;

        Not(Node negated) {
            this.negated = negated;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            return !negated.test(fact, context);
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            ConditionTrace inner = negated.trace(fact, context);
            return new ConditionTrace(describe(), result(!inner.isTrue()), List.of(), List.of(inner), "");
        }

        @Override
        String describe() {
            return "not";
        }
    }

    /** {@code and} when {@code stopOn} is false, {@code or} when it is true. */
    static final class Junction extends Node {
        private final Node[] children;
        private final boolean stopOn;

        Junction(Node[] children, boolean stopOn) {
            this.children = children;
            this.stopOn = stopOn;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            for (Node child : children) {
                if (child.test(fact, context) == stopOn) {
                    return stopOn;
                }
            }
            return !stopOn;
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            List<ConditionTrace> traces = new ArrayList<>(children.length);
            boolean result = !stopOn;
            String note = "";
            for (int i = 0; i < children.length; i++) {
                if (result == stopOn) {
                    traces.add(ConditionTrace.notEvaluated(children[i].describe()));
                    continue;
                }
                ConditionTrace child = children[i].trace(fact, context);
                traces.add(child);
                if (child.isTrue() == stopOn) {
                    result = stopOn;
                    if (i < children.length - 1) {
                        note = "short-circuited at #" + (i + 1) + " of " + children.length;
                    }
                }
            }
            return new ConditionTrace(describe(), result(result), List.of(), traces, note);
        }

        @Override
        String describe() {
            return stopOn ? "or" : "and";
        }
    }

    static final class Lambda extends Node {
        private final String name;
        private final java.util.function.Predicate<Object> predicate;

        Lambda(String name, java.util.function.Predicate<Object> predicate) {
            this.name = name;
            this.predicate = predicate;
        }

        @Override
        public boolean test(Object fact, EvalContext context) {
            return predicate.test(fact);
        }

        @Override
        public ConditionTrace trace(Object fact, EvalContext context) {
            return new ConditionTrace(describe(), result(test(fact, context)), List.of(), List.of(),
                    "Java predicate: its inside is not traced");
        }

        @Override
        String describe() {
            return "predicate '" + name + "'";
        }
    }
}
