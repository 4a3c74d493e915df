package org.crmkit.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.crmkit.rules.Condition;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.FactType;
import org.crmkit.rules.Field;
import org.crmkit.rules.LoadProblem;
import org.crmkit.rules.LoadProblem.Code;
import org.crmkit.rules.Operand;

/**
 * Turns a condition tree into {@link Node}s against a schema: fields are resolved to accessors, literals and
 * parameters to typed constants, and every type is checked. Problems are collected with the JSON path of the
 * node, and compilation goes on so that one load reports them all. The path of the node being compiled is kept as
 * one growing and shrinking text ({@link #at}), turned into a String only when a problem is reported: a 10,000-rule
 * load used to build a path string for every node.
 */
public final class Compiler {
    private final FactSchema<?> schema;
    private final Map<String, Object> params;
    private final List<LoadProblem> problems;
    /** A slot per field read by the compiled conditions, numbered from 0 in order of first use. */
    private final Map<String, Integer> slots = new HashMap<>();
    /** The JSON path of the node being compiled: segments are appended on the way down and cut on the way up. */
    private final StringBuilder at = new StringBuilder(64);

    public Compiler(FactSchema<?> schema, Map<String, Object> params, List<LoadProblem> problems) {
        this.schema = schema;
        this.params = params;
        this.problems = problems;
    }

    /** The compiled condition, or empty when it has problems (which were added to the list). */
    public Optional<Node> compile(Condition condition, String path) {
        return compile(condition, path, "");
    }

    /** The same, for the condition at {@code path + suffix} (the text is only joined when a problem is reported). */
    public Optional<Node> compile(Condition condition, String path, String suffix) {
        int before = problems.size();
        at.setLength(0);
        at.append(path).append(suffix);
        Node node = condition(condition);
        return problems.size() == before ? Optional.of(node) : Optional.empty();
    }

    /** How many fields the conditions compiled so far read: the size of an evaluation's field cache. */
    public int fieldSlots() {
        return slots.size();
    }

    /** Checks that a name (e.g. in an ON_CHANGE trigger or a violation) is a field of the schema. */
    public boolean checkField(String name, String path) {
        if (isField(name)) {
            return true;
        }
        unknownField(name, path);
        return false;
    }

    /** Whether a name is a field of the schema (to check a name before building the path of its problem). */
    public boolean isField(String name) {
        return schema.field(name).isPresent();
    }

    private Node condition(Condition condition) {
        if (condition instanceof Condition.Always) {
            return Node.Always.INSTANCE;
        }
        if (condition instanceof Condition.Predicate predicate) {
            @SuppressWarnings("unchecked")
            Predicate<Object> test = (Predicate<Object>) predicate.test();
            return new Node.Lambda(predicate.name(), test);
        }
        int mark = at.length();
        try {
            if (condition instanceof Condition.Compare compare) {
                at.append('.').append(compare.op().json());
                return compare(compare);
            }
            if (condition instanceof Condition.In in) {
                at.append(".in");
                return in(in);
            }
            if (condition instanceof Condition.InList in) {
                at.append(".in");
                return inList(in);
            }
            if (condition instanceof Condition.Between between) {
                at.append(".between");
                return between(between);
            }
            if (condition instanceof Condition.And and) {
                at.append(".and");
                return new Node.Junction(children(and.all()), false);
            }
            if (condition instanceof Condition.Or or) {
                at.append(".or");
                return new Node.Junction(children(or.any()), true);
            }
            if (condition instanceof Condition.Not not) {
                at.append(".not");
                Node negated = condition(not.negated());
                return negated == null ? null : new Node.Not(negated);
            }
            Condition.Exists exists = (Condition.Exists) condition;
            at.append(".exists");
            Value field = operand(exists.field(), null);
            return field == null ? null : new Node.Exists(field);
        } finally {
            at.setLength(mark);
        }
    }

    private Node inList(Condition.InList in) {
        Value list = operandAt("[1]", in.list(), null);
        if (list != null && list.type.kind() != FactType.Kind.LIST) {
            problem("[1]", Code.TYPE_MISMATCH, list.describe() + " is " + list.type + ", not a LIST");
            return null;
        }
        Value value = operandAt("[0]", in.value(), list == null ? null : list.type.element());
        if (list == null || value == null || !compatible(value.type, list.type.element(), value, list)) {
            return null;
        }
        return new Node.InList(value, list);
    }

    private Node[] children(List<Condition> conditions) {
        Node[] nodes = new Node[conditions.size()];
        int mark = at.length();
        for (int i = 0; i < nodes.length; i++) {
            at.append('[').append(i).append(']');
            nodes[i] = condition(conditions.get(i));
            at.setLength(mark);
        }
        return nodes;
    }

    private Node compare(Condition.Compare compare) {
        Value[] values = typedTogether(false, compare.left(), compare.right());
        if (values == null) {
            return null;
        }
        if (compare.op().needsOrder() && !values[0].type.isOrdered()) {
            problem("", Code.TYPE_MISMATCH, "'" + compare.op().json() + "' needs an ordered type (NUMBER, MONEY, DATE, INSTANT), "
                    + values[0].describe() + " is " + values[0].type);
            return null;
        }
        return new Node.Compare(compare.op(), values[0], values[1]);
    }

    private Node in(Condition.In in) {
        Operand[] all = new Operand[in.options().size() + 1];
        all[0] = in.value();
        for (int i = 1; i < all.length; i++) {
            all[i] = in.options().get(i - 1);
        }
        Value[] values = typedTogether(true, all);
        if (values == null) {
            return null;
        }
        Value[] options = new Value[values.length - 1];
        System.arraycopy(values, 1, options, 0, options.length);
        return new Node.In(values[0], options);
    }

    private Node between(Condition.Between between) {
        Value[] values = typedTogether(false, between.value(), between.low(), between.high());
        if (values == null) {
            return null;
        }
        if (!values[0].type.isOrdered()) {
            problem("", Code.TYPE_MISMATCH, "'between' needs an ordered type (NUMBER, MONEY, DATE, INSTANT), "
                    + values[0].describe() + " is " + values[0].type);
            return null;
        }
        return new Node.Between(values[0], values[1], values[2]);
    }

    /**
     * Compiles operands that must share one type. The type comes from the first operand that has one of its
     * own (a field, a date); literals and parameters take it. For {@code in}, options sit at {@code [1][i]}.
     */
    private Value[] typedTogether(boolean isIn, Operand... operands) {
        Value[] values = new Value[operands.length];
        FactType type = null;
        int typedBy = -1;
        for (int i = 0; i < operands.length; i++) {
            if (!(operands[i] instanceof Operand.Literal) && !(operands[i] instanceof Operand.Param)) {
                values[i] = operandAt(i, isIn, operands[i], null);
                if (values[i] == null) {
                    return null;
                }
                if (type == null) {
                    type = values[i].type;
                    typedBy = i;
                }
            }
        }
        boolean ok = true;
        for (int i = 0; i < operands.length; i++) {
            if (values[i] == null) {
                values[i] = operandAt(i, isIn, operands[i], type);
                if (values[i] == null) {
                    ok = false;
                    continue;
                }
                if (type == null) {
                    type = values[i].type;
                    typedBy = i;
                }
            }
            if (i != typedBy && !compatible(values[typedBy].type, values[i].type, values[typedBy], values[i])) {
                ok = false;
            }
        }
        return ok ? values : null;
    }

    /** Operand {@code index} of a comparison, or of an {@code in} whose options sit at {@code [1][i]}. */
    private Value operandAt(int index, boolean isIn, Operand operand, FactType hint) {
        int mark = at.length();
        if (isIn && index > 0) {
            at.append("[1][").append(index - 1).append(']');
        } else {
            at.append('[').append(index).append(']');
        }
        try {
            return operand(operand, hint);
        } finally {
            at.setLength(mark);
        }
    }

    private Value operandAt(String segment, Operand operand, FactType hint) {
        int mark = at.length();
        at.append(segment);
        try {
            return operand(operand, hint);
        } finally {
            at.setLength(mark);
        }
    }

    private boolean compatible(FactType a, FactType b, Value left, Value right) {
        boolean same = a.kind() == b.kind() && a.kind() != FactType.Kind.LIST
                && (a.kind() != FactType.Kind.ENUM || a.allowed().equals(b.allowed()));
        if (!same) {
            problem("", Code.TYPE_MISMATCH, "cannot compare " + left.describe() + " (" + a + ") with "
                    + right.describe() + " (" + b + ")");
        }
        return same;
    }

    /**
     * Compiles the operand at {@link #at}; {@code hint} is the type a literal or parameter must take (null: its own).
     */
    private Value operand(Operand operand, FactType hint) {
        if (operand instanceof Operand.FieldRef ref) {
            Optional<? extends Field<?>> field = schema.field(ref.name());
            if (field.isEmpty()) {
                unknownField(ref.name(), at + ".field");
                return null;
            }
            Integer slot = slots.computeIfAbsent(field.get().name(), name -> slots.size());
            return new Value.FieldValue(field.get(), slot);
        }
        if (operand instanceof Operand.Literal literal) {
            return constant(literal.value(), hint, "", Semantics.render(literal.value()), true, "");
        }
        if (operand instanceof Operand.Param param) {
            if (!params.containsKey(param.name())) {
                problem(".param", Code.MISSING_PARAM, "missing param '" + param.name() + "'"
                        + Suggestions.didYouMean(param.name(), params.keySet())
                        + ": declare it in \"params\" or supply it to the loader");
                return null;
            }
            return constant(params.get(param.name()), hint, ".param", "param " + param.name(), false,
                    "param '" + param.name() + "': ");
        }
        if (operand == Operand.Today.INSTANCE) {
            return new Value.Today();
        }
        Operand.DateShift shift = (Operand.DateShift) operand;
        Value base = operandAt(".date", shift.base(), FactType.DATE);
        if (base == null) {
            return null;
        }
        if (base.type.kind() != FactType.Kind.DATE) {
            problem(".date", Code.TYPE_MISMATCH, "date arithmetic needs a DATE, " + base.describe() + " is " + base.type);
            return null;
        }
        return shift.amount() == 0 && !shift.businessDays() ? base : new Value.Shifted(base, shift.amount(), shift.businessDays());
    }

    /** A literal or parameter value as a constant of the type; a problem is reported at {@code at + suffix}. */
    private Value constant(Object raw, FactType hint, String suffix, String label, boolean literal, String prefix) {
        FactType type = hint == null ? Semantics.naturalType(raw) : hint;
        try {
            return new Value.Constant(type, Semantics.atCurrencyScale(Semantics.coerce(raw, type)), label, literal);
        } catch (Semantics.Mismatch mismatch) {
            problem(suffix, Code.TYPE_MISMATCH, prefix + mismatch.getMessage());
            return null;
        }
    }

    private void unknownField(String name, String path) {
        List<String> names = schema.fields().stream().map(Field::name).toList();
        problems.add(new LoadProblem(path, Code.UNKNOWN_FIELD, "unknown field '" + name + "'"
                + Suggestions.didYouMean(name, names) + " in schema '" + schema.name() + "'"));
    }

    /** A problem at the node being compiled, or below it at {@code suffix}. */
    private void problem(String suffix, Code code, String message) {
        problems.add(new LoadProblem(at + suffix, code, message));
    }
}
