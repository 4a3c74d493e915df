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
 * node, and compilation goes on so that one load reports them all.
 */
public final class Compiler {
    private final FactSchema<?> schema;
    private final Map<String, Object> params;
    private final List<LoadProblem> problems;
    /** A slot per field read by the compiled conditions, numbered from 0 in order of first use. */
    private final Map<String, Integer> slots = new HashMap<>();

    public Compiler(FactSchema<?> schema, Map<String, Object> params, List<LoadProblem> problems) {
        this.schema = schema;
        this.params = params;
        this.problems = problems;
    }

    /** The compiled condition, or empty when it has problems (which were added to the list). */
    public Optional<Node> compile(Condition condition, String path) {
        int before = problems.size();
        Node node = condition(condition, path);
        return problems.size() == before ? Optional.of(node) : Optional.empty();
    }

    /** How many fields the conditions compiled so far read: the size of an evaluation's field cache. */
    public int fieldSlots() {
        return slots.size();
    }

    /** Checks that a name (e.g. in an ON_CHANGE trigger or a violation) is a field of the schema. */
    public boolean checkField(String name, String path) {
        if (schema.field(name).isPresent()) {
            return true;
        }
        unknownField(name, path);
        return false;
    }

    private Node condition(Condition condition, String path) {
        if (condition instanceof Condition.Always) {
            return Node.Always.INSTANCE;
        }
        if (condition instanceof Condition.Compare compare) {
            return compare(compare, path + "." + compare.op().json());
        }
        if (condition instanceof Condition.In in) {
            return in(in, path + ".in");
        }
        if (condition instanceof Condition.InList in) {
            String at = path + ".in";
            Value list = operand(in.list(), null, at + "[1]");
            if (list != null && list.type.kind() != FactType.Kind.LIST) {
                problem(at + "[1]", Code.TYPE_MISMATCH, list.describe() + " is " + list.type + ", not a LIST");
                return null;
            }
            Value value = operand(in.value(), list == null ? null : list.type.element(), at + "[0]");
            if (list == null || value == null || !compatible(value.type, list.type.element(), at, value, list)) {
                return null;
            }
            return new Node.InList(value, list);
        }
        if (condition instanceof Condition.Between between) {
            return between(between, path + ".between");
        }
        if (condition instanceof Condition.And and) {
            return new Node.Junction(children(and.all(), path + ".and"), false);
        }
        if (condition instanceof Condition.Or or) {
            return new Node.Junction(children(or.any(), path + ".or"), true);
        }
        if (condition instanceof Condition.Not not) {
            Node negated = condition(not.negated(), path + ".not");
            return negated == null ? null : new Node.Not(negated);
        }
        if (condition instanceof Condition.Exists exists) {
            Value field = operand(exists.field(), null, path + ".exists");
            return field == null ? null : new Node.Exists(field);
        }
        Condition.Predicate predicate = (Condition.Predicate) condition;
        @SuppressWarnings("unchecked")
        Predicate<Object> test = (Predicate<Object>) predicate.test();
        return new Node.Lambda(predicate.name(), test);
    }

    private Node[] children(List<Condition> conditions, String path) {
        Node[] nodes = new Node[conditions.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = condition(conditions.get(i), path + "[" + i + "]");
        }
        return nodes;
    }

    private Node compare(Condition.Compare compare, String at) {
        Value[] values = typedTogether(at, compare.left(), compare.right());
        if (values == null) {
            return null;
        }
        if (compare.op().needsOrder() && !values[0].type.isOrdered()) {
            problem(at, Code.TYPE_MISMATCH, "'" + compare.op().json() + "' needs an ordered type (NUMBER, MONEY, DATE, INSTANT), "
                    + values[0].describe() + " is " + values[0].type);
            return null;
        }
        return new Node.Compare(compare.op(), values[0], values[1]);
    }

    private Node in(Condition.In in, String at) {
        Operand[] all = new Operand[in.options().size() + 1];
        all[0] = in.value();
        for (int i = 1; i < all.length; i++) {
            all[i] = in.options().get(i - 1);
        }
        Value[] values = typedTogether(at, all);
        if (values == null) {
            return null;
        }
        Value[] options = new Value[values.length - 1];
        System.arraycopy(values, 1, options, 0, options.length);
        return new Node.In(values[0], options);
    }

    private Node between(Condition.Between between, String at) {
        Value[] values = typedTogether(at, between.value(), between.low(), between.high());
        if (values == null) {
            return null;
        }
        if (!values[0].type.isOrdered()) {
            problem(at, Code.TYPE_MISMATCH, "'between' needs an ordered type (NUMBER, MONEY, DATE, INSTANT), "
                    + values[0].describe() + " is " + values[0].type);
            return null;
        }
        return new Node.Between(values[0], values[1], values[2]);
    }

    /**
     * Compiles operands that must share one type. The type comes from the first operand that has one of its
     * own (a field, a date); literals and parameters take it. For {@code in}, options sit at {@code [1][i]}.
     */
    private Value[] typedTogether(String at, Operand... operands) {
        boolean isIn = at.endsWith(".in");
        Value[] values = new Value[operands.length];
        FactType type = null;
        int typedBy = -1;
        for (int i = 0; i < operands.length; i++) {
            if (!(operands[i] instanceof Operand.Literal) && !(operands[i] instanceof Operand.Param)) {
                values[i] = operand(operands[i], null, path(at, i, isIn));
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
                values[i] = operand(operands[i], type, path(at, i, isIn));
                if (values[i] == null) {
                    ok = false;
                    continue;
                }
                if (type == null) {
                    type = values[i].type;
                    typedBy = i;
                }
            }
            if (i != typedBy && !compatible(values[typedBy].type, values[i].type, at, values[typedBy], values[i])) {
                ok = false;
            }
        }
        return ok ? values : null;
    }

    private static String path(String at, int index, boolean isIn) {
        return isIn && index > 0 ? at + "[1][" + (index - 1) + "]" : at + "[" + index + "]";
    }

    private boolean compatible(FactType a, FactType b, String at, Value left, Value right) {
        boolean same = a.kind() == b.kind() && a.kind() != FactType.Kind.LIST
                && (a.kind() != FactType.Kind.ENUM || a.allowed().equals(b.allowed()));
        if (!same) {
            problem(at, Code.TYPE_MISMATCH, "cannot compare " + left.describe() + " (" + a + ") with "
                    + right.describe() + " (" + b + ")");
        }
        return same;
    }

    /** Compiles one operand; {@code hint} is the type a literal or parameter must take (null: its own). */
    private Value operand(Operand operand, FactType hint, String at) {
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
            return constant(literal.value(), hint, at, Semantics.render(literal.value()), true, "");
        }
        if (operand instanceof Operand.Param param) {
            if (!params.containsKey(param.name())) {
                problem(at + ".param", Code.MISSING_PARAM, "missing param '" + param.name() + "'"
                        + Suggestions.didYouMean(param.name(), params.keySet())
                        + ": declare it in \"params\" or supply it to the loader");
                return null;
            }
            return constant(params.get(param.name()), hint, at + ".param", "param " + param.name(), false,
                    "param '" + param.name() + "': ");
        }
        if (operand == Operand.Today.INSTANCE) {
            return new Value.Today();
        }
        Operand.DateShift shift = (Operand.DateShift) operand;
        Value base = operand(shift.base(), FactType.DATE, at + ".date");
        if (base == null) {
            return null;
        }
        if (base.type.kind() != FactType.Kind.DATE) {
            problem(at + ".date", Code.TYPE_MISMATCH, "date arithmetic needs a DATE, " + base.describe() + " is " + base.type);
            return null;
        }
        return shift.amount() == 0 && !shift.businessDays() ? base : new Value.Shifted(base, shift.amount(), shift.businessDays());
    }

    private Value constant(Object raw, FactType hint, String at, String label, boolean literal, String prefix) {
        FactType type = hint == null ? Semantics.naturalType(raw) : hint;
        try {
            return new Value.Constant(type, Semantics.atCurrencyScale(Semantics.coerce(raw, type)), label, literal);
        } catch (Semantics.Mismatch mismatch) {
            problem(at, Code.TYPE_MISMATCH, prefix + mismatch.getMessage());
            return null;
        }
    }

    private void unknownField(String name, String at) {
        List<String> names = schema.fields().stream().map(Field::name).toList();
        problem(at, Code.UNKNOWN_FIELD, "unknown field '" + name + "'" + Suggestions.didYouMean(name, names)
                + " in schema '" + schema.name() + "'");
    }

    private void problem(String path, Code code, String message) {
        problems.add(new LoadProblem(path, code, message));
    }
}
