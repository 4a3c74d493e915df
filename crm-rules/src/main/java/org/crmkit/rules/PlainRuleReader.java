package org.crmkit.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * Reads one rule straight from the parser's tokens into a {@link Rule}, with no JSON tree and no JSON paths, when the
 * rule is plain: every key known, every value of the kind the format asks for, nothing a problem would be reported
 * about. At the first thing it does not accept it gives up, skips the rest of the rule and returns null; the caller
 * then reads that rule again from its tree with {@link JsonRuleSetReader}, which finds and words its problems. So a
 * load error is reported by one reader only, and a plain rule is built exactly as that reader would build it (the
 * same constructors, the same numbers, field names interned the same way).
 *
 * <p>Why: a 10,000-rule document is almost all plain rules, and their per-rule trees and the path strings of every
 * node were most of the bytes a load allocated.
 */
final class PlainRuleReader {
    /** Thrown where the rule is not plain; no stack trace, it is control flow within this class. */
    private static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;
    private final UnaryOperator<String> intern;

    PlainRuleReader(JsonParser parser, UnaryOperator<String> intern) {
        this.parser = parser;
        this.intern = intern;
    }

    /**
     * Reads the rule whose {@code START_OBJECT} is the current token; on return the parser is at the rule's
     * {@code END_OBJECT} (whose parent context is {@code rules}), also when the rule was not plain (null).
     */
    Rule rule(JsonStreamContext rules) throws IOException {
        try {
            return plainRule();
        } catch (NotPlain | IllegalArgumentException notPlain) {
            skipRest(rules);
            return null;
        }
    }

    /** Reads on to the rule's end, touching each value as a tree would (so limits on numbers and text fail alike). */
    private void skipRest(JsonStreamContext rules) throws IOException {
        while (parser.getParsingContext() != rules) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_STRING) {
                parser.getText();
            } else if (token == JsonToken.VALUE_NUMBER_INT) {
                parser.getNumberValue();
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                parser.getDecimalValue();
            }
        }
    }

    private Rule plainRule() throws IOException, NotPlain {
        String id = null;
        int version = 1;
        String description = "";
        Trigger trigger = null;
        int priority = 0;
        boolean sealed = false;
        Condition when = Condition.Always.INSTANCE;
        List<Effect> effects = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "id" -> id = string(value);
                case "version" -> version = integer(value);
                case "description" -> description = string(value);
                case "trigger" -> trigger = trigger(value);
                case "priority" -> priority = integer(value);
                case "sealed" -> sealed = bool(value);
                case "when" -> when = condition(value);
                case "then" -> effects = effects(value);
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (id == null || trigger == null || effects == null) {
            throw NotPlain.INSTANCE;
        }
        return new Rule(RuleId.of(id), version, description, trigger, when, priority, sealed, effects);
    }

    private Trigger trigger(JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_STRING && parser.getText().equals("create")) {
            return Trigger.onCreate();
        }
        String kind = singleKey(token);
        JsonToken body = parser.nextToken();
        Trigger trigger;
        switch (kind) {
            case "change" -> {
                expect(body, JsonToken.START_ARRAY);
                TreeSet<String> fields = new TreeSet<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    fields.add(intern.apply(string(parser.currentToken())));
                }
                trigger = new Trigger.OnChange(fields);
            }
            case "stageTransition" -> {
                expect(body, JsonToken.START_OBJECT);
                String from = null;
                String to = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (key) {
                        case "from" -> from = string(value);
                        case "to" -> to = string(value);
                        default -> throw NotPlain.INSTANCE;
                    }
                }
                if (from == null || to == null) {
                    throw NotPlain.INSTANCE;
                }
                trigger = Trigger.onStageTransition(from, to);
            }
            case "timer" -> trigger = Trigger.onTimer(string(body));
            default -> throw NotPlain.INSTANCE;
        }
        endOfSingleKey();
        return trigger;
    }

    private Condition condition(JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_TRUE) {
            return Condition.Always.INSTANCE;
        }
        String op = singleKey(token);
        JsonToken body = parser.nextToken();
        Condition condition = switch (op) {
            case "and", "or" -> {
                expect(body, JsonToken.START_ARRAY);
                List<Condition> children = new ArrayList<>(4);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    children.add(condition(parser.currentToken()));
                }
                if (children.isEmpty()) {
                    throw NotPlain.INSTANCE;
                }
                yield op.equals("and") ? new Condition.And(children) : new Condition.Or(children);
            }
            case "not" -> new Condition.Not(condition(body));
            case "exists" -> {
                if (!(operand(body) instanceof Operand.FieldRef field)) {
                    throw NotPlain.INSTANCE;
                }
                yield new Condition.Exists(field);
            }
            case "in" -> in(body);
            case "between" -> {
                expect(body, JsonToken.START_ARRAY);
                Operand value = operand(parser.nextToken());
                Operand low = operand(parser.nextToken());
                Operand high = operand(parser.nextToken());
                expect(parser.nextToken(), JsonToken.END_ARRAY);
                yield new Condition.Between(value, low, high);
            }
            case "eq" -> compare(Condition.Op.EQ, body);
            case "ne" -> compare(Condition.Op.NE, body);
            case "gt" -> compare(Condition.Op.GT, body);
            case "gte" -> compare(Condition.Op.GTE, body);
            case "lt" -> compare(Condition.Op.LT, body);
            case "lte" -> compare(Condition.Op.LTE, body);
            default -> throw NotPlain.INSTANCE;
        };
        endOfSingleKey();
        return condition;
    }

    private Condition in(JsonToken body) throws IOException, NotPlain {
        expect(body, JsonToken.START_ARRAY);
        Operand value = operand(parser.nextToken());
        Condition in;
        if (parser.nextToken() == JsonToken.START_ARRAY) {
            List<Operand> options = new ArrayList<>(4);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                options.add(operand(parser.currentToken()));
            }
            in = new Condition.In(value, options);
        } else {
            in = new Condition.InList(value, operand(parser.currentToken()));
        }
        expect(parser.nextToken(), JsonToken.END_ARRAY);
        return in;
    }

    private Condition compare(Condition.Op op, JsonToken body) throws IOException, NotPlain {
        expect(body, JsonToken.START_ARRAY);
        Operand left = operand(parser.nextToken());
        Operand right = operand(parser.nextToken());
        expect(parser.nextToken(), JsonToken.END_ARRAY);
        return new Condition.Compare(op, left, right);
    }

    private Operand operand(JsonToken token) throws IOException, NotPlain {
        if (token == null) {
            throw NotPlain.INSTANCE;
        }
        switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Operand.Literal(number(token));
            }
            case VALUE_STRING -> {
                return new Operand.Literal(parser.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Operand.Literal(token == JsonToken.VALUE_TRUE);
            }
            case START_OBJECT -> {
                return operandObject();
            }
            default -> throw NotPlain.INSTANCE;
        }
    }

    /** {@code {"field"}}, {@code {"param"}}, {@code {"money"}} alone, or {@code {"date"}} with at most one shift. */
    private Operand operandObject() throws IOException, NotPlain {
        Operand date = null;
        Integer plusDays = null;
        Integer plusBusinessDays = null;
        String kind = null;
        String text = null;
        int keys = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            keys++;
            switch (key) {
                case "date" -> date = dateBase(value);
                case "plusDays" -> plusDays = integer(value);
                case "plusBusinessDays" -> plusBusinessDays = integer(value);
                case "field", "param", "money" -> {
                    kind = key;
                    text = string(value);
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (date != null && kind == null && (plusDays == null || plusBusinessDays == null)) {
            boolean business = plusBusinessDays != null;
            return new Operand.DateShift(date, business ? plusBusinessDays : plusDays == null ? 0 : plusDays, business);
        }
        if (kind == null || keys != 1) {
            throw NotPlain.INSTANCE;
        }
        return switch (kind) {
            case "field" -> new Operand.FieldRef(intern.apply(text));
            case "param" -> new Operand.Param(text);
            default -> new Operand.Literal(MoneyValue.parse(text));
        };
    }

    /** What a date shifts from: "today" or a date-valued operand object. */
    private Operand dateBase(JsonToken token) throws IOException, NotPlain {
        if (token == JsonToken.VALUE_STRING && parser.getText().equals("today")) {
            return Operand.Today.INSTANCE;
        }
        expect(token, JsonToken.START_OBJECT);
        return operandObject();
    }

    private List<Effect> effects(JsonToken token) throws IOException, NotPlain {
        expect(token, JsonToken.START_ARRAY);
        List<Effect> effects = new ArrayList<>(2);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            effects.add(effect(parser.currentToken()));
        }
        return effects;
    }

    private Effect effect(JsonToken token) throws IOException, NotPlain {
        String kind = singleKey(token);
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        Effect effect = switch (kind) {
            case "assign" -> assign();
            case "emit" -> emit();
            case "violation", "block", "requireApproval", "escalate" -> described(kind);
            default -> throw NotPlain.INSTANCE;
        };
        endOfSingleKey();
        return effect;
    }

    /** The effects with English and Russian texts: violation, block, requireApproval, escalate. */
    private Effect described(String kind) throws IOException, NotPlain {
        String en = null;
        String ru = null;
        String code = null;
        String field = null;
        String role = null;
        Integer level = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "en" -> en = string(value);
                case "ru" -> ru = string(value);
                case "code" -> code = allowed(kind.equals("violation"), string(value));
                case "field" -> field = allowed(kind.equals("violation"), intern.apply(string(value)));
                case "role" -> role = allowed(kind.equals("requireApproval"), string(value));
                case "level" -> level = allowed(kind.equals("escalate"), integer(value));
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (en == null || ru == null) {
            throw NotPlain.INSTANCE;
        }
        return switch (kind) {
            case "violation" -> new Effect.Violation(required(code), field, en, ru);
            case "block" -> new Effect.Block(en, ru);
            case "requireApproval" -> new Effect.RequireApproval(RoleName.of(required(role)), en, ru);
            default -> new Effect.Escalate(required(level), en, ru);
        };
    }

    private Effect assign() throws IOException, NotPlain {
        String to = singleKey(JsonToken.START_OBJECT);
        String value = string(parser.nextToken());
        endOfSingleKey();
        return new Effect.Assign(switch (to) {
            case "employee" -> new Assignee.ToEmployee(EmployeeId.of(value));
            case "role" -> new Assignee.ToRole(RoleName.of(value));
            case "department" -> new Assignee.ToDepartment(DepartmentId.of(value));
            case "strategy" -> new Assignee.ByStrategy(value);
            default -> throw NotPlain.INSTANCE;
        });
    }

    private Effect emit() throws IOException, NotPlain {
        String type = null;
        Map<String, Object> payload = new TreeMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "type" -> type = string(value);
                case "payload" -> {
                    expect(value, JsonToken.START_OBJECT);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonToken entry = parser.nextToken();
                        payload.put(name, switch (entry) {
                            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(entry);
                            case VALUE_TRUE, VALUE_FALSE -> entry == JsonToken.VALUE_TRUE;
                            case VALUE_STRING -> parser.getText();
                            default -> throw NotPlain.INSTANCE;
                        });
                    }
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        return new Effect.Emit(required(type), payload);
    }

    // --- tokens: each accepts only what the tree reader accepts without a problem ---

    /** The key of a one-key object whose START_OBJECT is {@code token}; the parser is left at the key. */
    private String singleKey(JsonToken token) throws IOException, NotPlain {
        if (token != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
            throw NotPlain.INSTANCE;
        }
        return parser.currentName();
    }

    /** After the value of a one-key object: the object must end here. */
    private void endOfSingleKey() throws IOException, NotPlain {
        expect(parser.nextToken(), JsonToken.END_OBJECT);
    }

    private static void expect(JsonToken token, JsonToken expected) throws NotPlain {
        if (token != expected) {
            throw NotPlain.INSTANCE;
        }
    }

    private String string(JsonToken token) throws IOException, NotPlain {
        expect(token, JsonToken.VALUE_STRING);
        return parser.getText();
    }

    /** An integer that fits an {@code int}, as the tree reader's {@code isIntegralNumber() && canConvertToInt()}. */
    private int integer(JsonToken token) throws IOException, NotPlain {
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw NotPlain.INSTANCE;
        }
        return parser.getIntValue();
    }

    private boolean bool(JsonToken token) throws NotPlain {
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw NotPlain.INSTANCE;
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /**
     * A number as the tree's {@code decimalValue()}: integers as their int, long or big-integer node gives it; other
     * numbers as the mapper's tree holds them ({@link TokenTrees#read}).
     */
    private BigDecimal number(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return switch (parser.getNumberType()) {
                case INT -> BigDecimal.valueOf(parser.getIntValue());
                case LONG -> BigDecimal.valueOf(parser.getLongValue());
                default -> new BigDecimal(parser.getBigIntegerValue());
            };
        }
        return TokenTrees.read(parser).decimalValue();
    }

    private static <V> V allowed(boolean allowed, V value) throws NotPlain {
        if (!allowed) {
            throw NotPlain.INSTANCE;
        }
        return value;
    }

    private static <V> V required(V value) throws NotPlain {
        if (value == null) {
            throw NotPlain.INSTANCE;
        }
        return value;
    }
}
