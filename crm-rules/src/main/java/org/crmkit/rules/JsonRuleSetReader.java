package org.crmkit.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.LoadProblem.Code;
import org.crmkit.rules.internal.Suggestions;

/**
 * Reads the JSON rule format (RULES-FORMAT.md) into a {@link RuleSetBuilder}: shape problems are found here,
 * meaning problems (fields, types, parameters, contradictions) by the builder; both end in one
 * {@link RuleLoadException}. The JSON tree is not kept; field names are interned.
 */
final class JsonRuleSetReader<T> {
    private static final Set<String> SET_KEYS = Set.of("ruleSet", "version", "schema", "combine", "effectiveFrom",
            "params", "rules", "contributions");
    private static final Set<String> RULE_KEYS = Set.of("id", "version", "description", "trigger", "priority", "sealed",
            "when", "then");
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "between", "and",
            "or", "not", "exists");
    private static final Set<String> OPERANDS = Set.of("field", "param", "date", "money");
    private static final Set<String> CONTRIBUTION_KEYS = Set.of("namespace", "rules", "overrides", "disable");
    private static final Set<String> OVERRIDE_KEYS = Set.of("reason", "rule");
    private static final Set<String> DISABLE_KEYS = Set.of("id", "reason");
    private static final Set<String> TRIGGERS = Set.of("change", "stageTransition", "timer");
    private static final Set<String> TRANSITION_KEYS = Set.of("from", "to");
    private static final Set<String> DATE_KEYS = Set.of("date", "plusDays", "plusBusinessDays");
    private static final Set<String> EFFECTS = Set.of("violation", "block", "requireApproval", "assign", "escalate", "emit");
    private static final Set<String> VIOLATION_KEYS = Set.of("code", "field", "en", "ru");
    private static final Set<String> BLOCK_KEYS = Set.of("en", "ru");
    private static final Set<String> APPROVAL_KEYS = Set.of("role", "en", "ru");
    private static final Set<String> ESCALATION_KEYS = Set.of("level", "en", "ru");
    private static final Set<String> ASSIGNEES = Set.of("employee", "role", "department", "strategy");
    private static final Set<String> EMIT_KEYS = Set.of("type", "payload");
    private static final String SORTED_OPERATORS = new java.util.TreeSet<>(OPERATORS).toString();
    /** Built once: the reader is called for every condition node of every rule, and needs it only on a problem. */
    private static final String CONDITION_SHAPE = "a condition is true or an object with one operator " + SORTED_OPERATORS;

    private final FactSchema<T> schema;
    private List<LoadProblem> problems = new ArrayList<>();
    private StreamedRules streamed;
    private final Map<String, String> names = new HashMap<>();
    private final List<Object[]> partialConditions = new ArrayList<>();
    private boolean dropped;

    /** False only in tests: every rule and value is then read by the mapper as a tree, to compare both ways. */
    private final boolean plainRulesFromTokens;

    JsonRuleSetReader(FactSchema<T> schema) {
        this(schema, true);
    }

    JsonRuleSetReader(FactSchema<T> schema, boolean plainRulesFromTokens) {
        this.schema = schema;
        this.plainRulesFromTokens = plainRulesFromTokens;
    }

    RuleSetBuilder<T> read(String json) {
        JsonNode root;
        try {
            root = readStreamingRules(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new RuleLoadException("?", List.of(new LoadProblem("$", Code.SYNTAX, "not JSON" + where + ": "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String", e);
        }
        if (root == null || !root.isObject()) {
            throw new RuleLoadException("?", List.of(new LoadProblem("$", Code.MALFORMED, "a rule set is a JSON object")));
        }
        keys(root, "$", SET_KEYS);
        String id = text(root, "$", "ruleSet", true);
        RuleSetBuilder<T> builder = RuleSet.builder(id == null ? "?" : id, schema);
        String schemaName = text(root, "$", "schema", true);
        if (schemaName != null && !schemaName.equals(schema.name())) {
            problem("$.schema", Code.WRONG_SCHEMA, "the rules are written for schema '" + schemaName
                    + "', not '" + schema.name() + "'");
        }
        Integer version = integer(root, "$", "version", null);
        if (version != null) {
            builder.version(version);
        }
        String combine = text(root, "$", "combine", true);
        if (combine != null) {
            try {
                builder.combine(Combination.valueOf(combine));
            } catch (IllegalArgumentException e) {
                problem("$.combine", Code.MALFORMED, "'" + combine + "' is not ALL, FIRST or PRIORITY");
            }
        }
        String effective = text(root, "$", "effectiveFrom", true);
        if (effective != null) {
            try {
                builder.effectiveFrom(isoDate(effective));
            } catch (DateTimeParseException e) {
                problem("$.effectiveFrom", Code.MALFORMED, "'" + effective + "' is not a date (yyyy-mm-dd)");
            }
        }
        JsonNode params = root.path("params");
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            Operand value = operand(param.getValue(), "$.params." + param.getKey());
            if (value instanceof Operand.Literal literal) {
                builder.param(param.getKey(), literal.value());
            } else if (value != null) {
                problem("$.params." + param.getKey(), Code.MALFORMED, "a param is a literal value");
            }
        }
        if (streamed == null) {
            each(root, "$", "rules", true, (rule, path) -> {
                Rule parsed = rule(rule, path);
                if (parsed != null) {
                    builder.add(parsed, path);
                }
            });
        } else {
            problems.addAll(streamed.problems);
            for (int i = 0; i < streamed.rules.size(); i++) {
                if (streamed.rules.get(i) != null) {
                    builder.add(streamed.rules.get(i), "$.rules[" + i + "]");
                }
            }
        }
        each(root, "$", "contributions", false, (contribution, path) -> contribution(contribution, path, builder));
        problems.forEach(problem -> builder.problem(problem, dropped));
        partialConditions.forEach(check -> builder.checkCondition((Condition) check[0], (String) check[1]));
        return builder;
    }

    /**
     * A {@code yyyy-mm-dd} date, read by hand: {@code LocalDate.parse} builds the ISO formatter, ~60 classes for a
     * fresh JVM's first load. Anything else, an impossible date included, goes to {@code LocalDate.parse}, whose
     * failure is the problem reported.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException impossible) {
                    // reported by LocalDate.parse below, in its words
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written by the ASCII digits text[from, to), or -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The document's root without its rules, which are read one at a time as the parser reaches them: the JSON tree
     * of one rule is garbage once the rule is built, so a 10,000-rule document never has its whole tree in memory
     * (which a collector would copy again and again while the load runs). What reading the rules found waits in
     * {@link #streamed} until {@link #read} gets to the rules, so problems come in the same order as from a tree.
     * A document that is not an object is parsed whole, for the same syntax errors as before.
     */
    private JsonNode readStreamingRules(String json) throws IOException {
        try (JsonParser parser = TokenTrees.PARSERS.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return TokenTrees.mapper().readTree(json);
            }
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("rules") && value == JsonToken.START_ARRAY) {
                    root.set(key, JsonNodeFactory.instance.arrayNode());
                    streamed = readRules(parser, json);
                } else {
                    root.set(key, tree(parser));
                }
            }
            return root;
        }
    }

    /**
     * Each rule is read by {@link PlainRuleReader} straight from the tokens; a rule it does not accept is read again
     * from the tree of its own text (located by the parser's character offsets), so its problems are found and
     * worded by {@link #rule(JsonNode, String)} as always.
     */
    private StreamedRules readRules(JsonParser parser, String json) throws IOException {
        List<LoadProblem> documentProblems = problems;
        StreamedRules rules = new StreamedRules(new ArrayList<>(), new ArrayList<>());
        problems = rules.problems;
        JsonStreamContext rulesArray = parser.getParsingContext();
        PlainRuleReader plain = new PlainRuleReader(parser, this::intern);
        try {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (plainRulesFromTokens && parser.currentToken() == JsonToken.START_OBJECT) {
                    long start = parser.currentTokenLocation().getCharOffset();
                    Rule rule = plain.rule(rulesArray);
                    if (rule == null) {
                        String text = json.substring((int) start, (int) parser.currentLocation().getCharOffset());
                        rule = rule(TokenTrees.mapper().readTree(text), "$.rules[" + rules.rules.size() + "]");
                    }
                    rules.rules.add(rule);
                    continue;
                }
                JsonNode rule = tree(parser);
                rules.rules.add(rule(rule == null ? NullNode.getInstance() : rule, "$.rules[" + rules.rules.size() + "]"));
            }
        } finally {
            problems = documentProblems;
        }
        return rules;
    }

    /** The value at the parser's token as a tree: from the tokens, or (in tests, to compare) by the mapper. */
    private JsonNode tree(JsonParser parser) throws IOException {
        return plainRulesFromTokens ? TokenTrees.read(parser) : TokenTrees.mapper().readTree(parser);
    }

    /** The rules read while streaming, in document order (null for a rule with problems), and their problems. */
    private record StreamedRules(List<Rule> rules, List<LoadProblem> problems) {
    }

    private void contribution(JsonNode node, String path, RuleSetBuilder<T> builder) {
        keys(node, path, CONTRIBUTION_KEYS);
        String namespace = text(node, path, "namespace", true);
        if (namespace == null) {
            return;
        }
        List<Function<RuleSetBuilder.ContributionImpl, Contribution>> actions = new ArrayList<>();
        each(node, path, "rules", false, (rule, at) -> {
            Rule parsed = rule(rule, at);
            if (parsed != null) {
                actions.add(contribution -> contribution.add(parsed, at));
            }
        });
        each(node, path, "overrides", false, (override, at) -> {
            keys(override, at, OVERRIDE_KEYS);
            String reason = text(override, at, "reason", true);
            Rule parsed = override.has("rule") ? rule(override.get("rule"), at + ".rule") : missing(at, "rule");
            if (parsed != null && reason != null) {
                actions.add(contribution -> contribution.override(parsed, reason, at));
            }
        });
        each(node, path, "disable", false, (disable, at) -> {
            keys(disable, at, DISABLE_KEYS);
            RuleId ruleId = ruleId(disable, at);
            String reason = text(disable, at, "reason", true);
            if (ruleId != null && reason != null) {
                actions.add(contribution -> contribution.disable(ruleId, reason, at));
            }
        });
        builder.contribute(new RuleContributor() {
            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public void contribute(Contribution contribution) {
                actions.forEach(action -> action.apply((RuleSetBuilder.ContributionImpl) contribution));
            }
        }, path);
    }

    private Rule rule(JsonNode node, String path) {
        int before = problems.size();
        if (!node.isObject()) {
            problem(path, Code.MALFORMED, "a rule is a JSON object");
            dropped = true;
            return null;
        }
        keys(node, path, RULE_KEYS);
        RuleId id = ruleId(node, path);
        Integer version = integer(node, path, "version", 1);
        String description = node.has("description") ? text(node, path, "description", false) : "";
        Trigger trigger = node.has("trigger") ? trigger(node.get("trigger"), path + ".trigger") : missing(path, "trigger");
        Integer priority = integer(node, path, "priority", 0);
        boolean sealed = node.path("sealed").asBoolean(false);
        Condition when = node.has("when") ? condition(node.get("when"), path + ".when") : Condition.Always.INSTANCE;
        List<Effect> effects = new ArrayList<>();
        each(node, path, "then", true, (effect, at) -> {
            Effect parsed = effect(effect, at);
            if (parsed != null) {
                effects.add(parsed);
            }
        });
        if (problems.size() > before) {
            dropped = true;
            if (when != null) {
                partialConditions.add(new Object[] {when, path + ".when"});
            }
            return null;
        }
        try {
            return new Rule(id, version, description, trigger, when, priority, sealed, effects);
        } catch (IllegalArgumentException e) {
            problem(path, Code.MALFORMED, e.getMessage());
            dropped = true;
            return null;
        }
    }

    private RuleId ruleId(JsonNode node, String path) {
        String id = text(node, path, "id", true);
        try {
            return id == null ? null : RuleId.of(id);
        } catch (IllegalArgumentException e) {
            problem(path + ".id", Code.MALFORMED, e.getMessage());
            return null;
        }
    }

    private Trigger trigger(JsonNode node, String path) {
        if (node.isTextual() && node.asText().equals("create")) {
            return Trigger.onCreate();
        }
        String kind = single(node, path, TRIGGERS, Code.MALFORMED,
                "a trigger is \"create\" or one of {\"change\": [fields]}, {\"stageTransition\": {\"from\", \"to\"}}, {\"timer\": name}");
        if (kind == null) {
            return null;
        }
        JsonNode body = node.get(kind);
        String at = path + "." + kind;
        switch (kind) {
            case "change" -> {
                List<String> fields = new ArrayList<>();
                each(node, path, "change", true, (field, fieldPath) -> {
                    if (field.isTextual()) {
                        fields.add(intern(field.asText()));
                    } else {
                        problem(fieldPath, Code.MALFORMED, "a field name is a string");
                    }
                });
                return new Trigger.OnChange(new java.util.TreeSet<>(fields));
            }
            case "stageTransition" -> {
                keys(body, at, TRANSITION_KEYS);
                String from = text(body, at, "from", true);
                String to = text(body, at, "to", true);
                return from == null || to == null ? null : Trigger.onStageTransition(from, to);
            }
            default -> {
                if (!body.isTextual()) {
                    problem(at, Code.MALFORMED, "a timer is named by a string");
                    return null;
                }
                return Trigger.onTimer(body.asText());
            }
        }
    }

    private Condition condition(JsonNode node, String path) {
        if (node.isBoolean() && node.booleanValue()) {
            return Condition.Always.INSTANCE;
        }
        if (node.isObject() && node.has("predicate")) {
            problem(path + ".predicate", Code.UNKNOWN_OPERATOR, "'predicate' is a Java-only condition: JSON rules use the operators "
                    + SORTED_OPERATORS);
            return null;
        }
        String op = single(node, path, OPERATORS, Code.UNKNOWN_OPERATOR, CONDITION_SHAPE);
        if (op == null) {
            return null;
        }
        JsonNode body = node.get(op);
        String at = path + "." + op;
        switch (op) {
            case "and", "or" -> {
                List<Condition> children = new ArrayList<>();
                int before = problems.size();
                each(node, path, op, true, (child, childPath) -> children.add(condition(child, childPath)));
                if (problems.size() > before) {
                    return null;
                }
                if (children.isEmpty()) {
                    problem(at, Code.MALFORMED, "'" + op + "' needs at least one condition");
                    return null;
                }
                return op.equals("and") ? new Condition.And(children) : new Condition.Or(children);
            }
            case "not" -> {
                Condition negated = condition(body, at);
                return negated == null ? null : new Condition.Not(negated);
            }
            case "exists" -> {
                Operand field = operand(body, at);
                if (field != null && !(field instanceof Operand.FieldRef)) {
                    problem(at, Code.MALFORMED, "'exists' takes a field reference: {\"exists\": {\"field\": \"...\"}}");
                    return null;
                }
                return field == null ? null : new Condition.Exists((Operand.FieldRef) field);
            }
            case "in" -> {
                if (!arity(body, at, 2, "[value, [options...]] or [value, {\"field\": list}]")) {
                    return null;
                }
                Operand value = operand(body.get(0), at + "[0]");
                if (body.get(1).isArray()) {
                    List<Operand> options = new ArrayList<>();
                    for (int i = 0; i < body.get(1).size(); i++) {
                        options.add(operand(body.get(1).get(i), at + "[1][" + i + "]"));
                    }
                    return value == null || options.contains(null) ? null : new Condition.In(value, options);
                }
                Operand list = operand(body.get(1), at + "[1]");
                return value == null || list == null ? null : new Condition.InList(value, list);
            }
            case "between" -> {
                if (!arity(body, at, 3, "[value, low, high]")) {
                    return null;
                }
                Operand value = operand(body.get(0), at + "[0]");
                Operand low = operand(body.get(1), at + "[1]");
                Operand high = operand(body.get(2), at + "[2]");
                return value == null || low == null || high == null ? null : new Condition.Between(value, low, high);
            }
            default -> {
                if (!arity(body, at, 2, "[left, right]")) {
                    return null;
                }
                Operand left = operand(body.get(0), at + "[0]");
                Operand right = operand(body.get(1), at + "[1]");
                return left == null || right == null ? null
                        : new Condition.Compare(Condition.Op.valueOf(op.toUpperCase()), left, right);
            }
        }
    }

    private Operand operand(JsonNode node, String path) {
        if (node.isNumber()) {
            return new Operand.Literal(node.decimalValue());
        }
        if (node.isTextual()) {
            return new Operand.Literal(node.asText());
        }
        if (node.isBoolean()) {
            return new Operand.Literal(node.booleanValue());
        }
        if (!node.isObject()) {
            problem(path, Code.MALFORMED, "a value is a literal (string, number, boolean) or one of "
                    + "{\"field\"}, {\"param\"}, {\"date\"}, {\"money\"}" + (node.isNull() ? "; test absence with 'exists'" : ""));
            return null;
        }
        if (node.has("date")) {
            return date(node, path);
        }
        String kind = single(node, path, OPERANDS, Code.UNKNOWN_OPERATOR, "a value object is one of "
                + "{\"field\"}, {\"param\"}, {\"date\"}, {\"money\"}");
        if (kind == null) {
            return null;
        }
        String text = text(node, path, kind, true);
        if (text == null) {
            return null;
        }
        switch (kind) {
            case "field" -> {
                return new Operand.FieldRef(intern(text));
            }
            case "param" -> {
                return new Operand.Param(text);
            }
            default -> {
                try {
                    return new Operand.Literal(MoneyValue.parse(text));
                } catch (IllegalArgumentException e) {
                    problem(path + ".money", Code.MALFORMED, e.getMessage());
                    return null;
                }
            }
        }
    }

    private Operand date(JsonNode node, String path) {
        keys(node, path, DATE_KEYS);
        if (node.has("plusDays") && node.has("plusBusinessDays")) {
            problem(path, Code.MALFORMED, "shift a date by plusDays or by plusBusinessDays, not both");
            return null;
        }
        JsonNode base = node.get("date");
        Operand from = base.isTextual() && base.asText().equals("today") ? Operand.Today.INSTANCE
                : base.isObject() ? operand(base, path + ".date") : null;
        if (from == null) {
            if (!base.isObject()) {
                problem(path + ".date", Code.MALFORMED, "a date is \"today\" or a date-valued operand");
            }
            return null;
        }
        boolean business = node.has("plusBusinessDays");
        Integer days = integer(node, path, business ? "plusBusinessDays" : "plusDays", 0);
        return days == null ? null : new Operand.DateShift(from, days, business);
    }

    private Effect effect(JsonNode node, String path) {
        String kind = single(node, path, EFFECTS,
                Code.MALFORMED, "an effect is one of violation, block, requireApproval, assign, escalate, emit");
        if (kind == null) {
            return null;
        }
        JsonNode body = node.get(kind);
        String at = path + "." + kind;
        int before = problems.size();
        try {
            switch (kind) {
                case "violation" -> {
                    keys(body, at, VIOLATION_KEYS);
                    String field = body.has("field") ? intern(text(body, at, "field", true)) : null;
                    String code = text(body, at, "code", true);
                    String en = text(body, at, "en", true);
                    String ru = text(body, at, "ru", true);
                    return problems.size() > before ? null : new Effect.Violation(code, field, en, ru);
                }
                case "block" -> {
                    keys(body, at, BLOCK_KEYS);
                    String en = text(body, at, "en", true);
                    String ru = text(body, at, "ru", true);
                    return problems.size() > before ? null : new Effect.Block(en, ru);
                }
                case "requireApproval" -> {
                    keys(body, at, APPROVAL_KEYS);
                    String role = text(body, at, "role", true);
                    String en = text(body, at, "en", true);
                    String ru = text(body, at, "ru", true);
                    return problems.size() > before ? null : new Effect.RequireApproval(RoleName.of(role), en, ru);
                }
                case "escalate" -> {
                    keys(body, at, ESCALATION_KEYS);
                    Integer level = integer(body, at, "level", null);
                    String en = text(body, at, "en", true);
                    String ru = text(body, at, "ru", true);
                    return problems.size() > before ? null : new Effect.Escalate(level, en, ru);
                }
                case "assign" -> {
                    String to = single(body, at, ASSIGNEES, Code.MALFORMED,
                            "assign to one of employee, role, department, strategy");
                    String value = to == null ? null : text(body, at, to, true);
                    if (value == null) {
                        return null;
                    }
                    return new Effect.Assign(switch (to) {
                        case "employee" -> new Assignee.ToEmployee(EmployeeId.of(value));
                        case "role" -> new Assignee.ToRole(RoleName.of(value));
                        case "department" -> new Assignee.ToDepartment(DepartmentId.of(value));
                        default -> new Assignee.ByStrategy(value);
                    });
                }
                default -> {
                    keys(body, at, EMIT_KEYS);
                    String type = text(body, at, "type", true);
                    Map<String, Object> payload = new TreeMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = body.path("payload").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        JsonNode value = entry.getValue();
                        payload.put(entry.getKey(), value.isNumber() ? value.decimalValue()
                                : value.isBoolean() ? (Object) value.booleanValue() : value.asText());
                    }
                    return problems.size() > before ? null : new Effect.Emit(type, payload);
                }
            }
        } catch (IllegalArgumentException e) {
            problem(at, Code.MALFORMED, e.getMessage());
            return null;
        }
    }

    // --- small helpers: each reports its own problem and returns null ---

    private interface Item {
        void read(JsonNode node, String path);
    }

    private void each(JsonNode parent, String path, String key, boolean required, Item item) {
        JsonNode array = parent.get(key);
        if (array == null) {
            if (required) {
                missing(path, key);
            }
            return;
        }
        if (!array.isArray()) {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            item.read(array.get(i), path + "." + key + "[" + i + "]");
        }
    }

    /** The one key of a single-key object, which must be one of {@code allowed}. */
    private String single(JsonNode node, String path, Set<String> allowed, Code unknown, String expected) {
        if (!node.isObject() || node.size() != 1) {
            problem(path, Code.MALFORMED, expected + (node.isObject() && node.size() > 1
                    ? "; found several keys " + fieldNames(node) : ""));
            return null;
        }
        String key = node.fieldNames().next();
        if (!allowed.contains(key)) {
            problem(path + "." + key, unknown, "unknown " + (unknown == Code.UNKNOWN_OPERATOR ? "operator" : "key")
                    + " '" + key + "'" + Suggestions.didYouMean(key, allowed) + ": " + expected);
            return null;
        }
        return key;
    }

    private void keys(JsonNode node, String path, Set<String> allowed) {
        for (String key : fieldNames(node)) {
            if (!allowed.contains(key)) {
                problem(path + "." + key, Code.MALFORMED, "unknown property '" + key + "'"
                        + Suggestions.didYouMean(key, allowed));
            }
        }
    }

    private String text(JsonNode node, String path, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null) {
            return required ? missing(path, key) : null;
        }
        if (!value.isTextual()) {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is a string");
            return null;
        }
        return value.asText();
    }

    private Integer integer(JsonNode node, String path, String key, Integer defaultValue) {
        JsonNode value = node.get(key);
        if (value == null) {
            return defaultValue == null ? missing(path, key) : defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is an integer");
            return null;
        }
        return value.intValue();
    }

    private boolean arity(JsonNode body, String path, int size, String shape) {
        if (body.isArray() && body.size() == size) {
            return true;
        }
        problem(path, Code.MALFORMED, "expected " + shape);
        return false;
    }

    private <V> V missing(String path, String key) {
        problem(path, Code.MALFORMED, "missing property '" + key + "'");
        return null;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String intern(String name) {
        return name == null ? null : names.computeIfAbsent(name, Function.identity());
    }

    private void problem(String path, Code code, String message) {
        problems.add(new LoadProblem(path, code, message));
    }
}
