package org.crmkit.rules.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.rules.Assignee;
import org.crmkit.rules.Condition;
import org.crmkit.rules.Effect;
import org.crmkit.rules.MoneyValue;
import org.crmkit.rules.Operand;
import org.crmkit.rules.Rule;
import org.crmkit.rules.Trigger;

/**
 * The canonical JSON of rules: the input format with sorted keys, every default written out, and literals
 * normalised (numbers without trailing zeros, dates as ISO strings). It is what the content hash is taken
 * over, and it loads back to the same rules. A Java predicate is written as {@code {"predicate": name}}.
 */
public final class Canonical {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Canonical() {
    }

    public static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical trees are plain maps, lists and scalars", e);
        }
    }

    public static String prettyJson(Object tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical trees are plain maps, lists and scalars", e);
        }
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static Map<String, Object> rule(Rule rule) {
        Map<String, Object> json = new TreeMap<>();
        json.put("id", rule.id().toString());
        json.put("version", rule.version());
        json.put("description", rule.description());
        json.put("trigger", trigger(rule.trigger()));
        json.put("priority", rule.priority());
        json.put("sealed", rule.sealed());
        json.put("when", condition(rule.when()));
        List<Object> effects = new ArrayList<>();
        rule.effects().forEach(effect -> effects.add(effect(effect)));
        json.put("then", effects);
        return json;
    }

    public static Object trigger(Trigger trigger) {
        if (trigger instanceof Trigger.OnChange change) {
            return Map.of("change", List.copyOf(change.fields()));
        }
        if (trigger instanceof Trigger.OnStageTransition transition) {
            return Map.of("stageTransition", object("from", transition.from(), "to", transition.to()));
        }
        if (trigger instanceof Trigger.OnTimer timer) {
            return Map.of("timer", timer.timer());
        }
        return "create";
    }

    /** The condition's canonical JSON text: structurally identical conditions have equal text. */
    public static String conditionText(Condition condition) {
        return json(condition(condition));
    }

    public static Object condition(Condition condition) {
        if (condition instanceof Condition.Always) {
            return true;
        }
        if (condition instanceof Condition.Compare compare) {
            return Map.of(compare.op().json(), List.of(operand(compare.left()), operand(compare.right())));
        }
        if (condition instanceof Condition.In in) {
            return Map.of("in", List.of(operand(in.value()), in.options().stream().map(Canonical::operand).toList()));
        }
        if (condition instanceof Condition.InList in) {
            return Map.of("in", List.of(operand(in.value()), operand(in.list())));
        }
        if (condition instanceof Condition.Between between) {
            return Map.of("between", List.of(operand(between.value()), operand(between.low()), operand(between.high())));
        }
        if (condition instanceof Condition.And and) {
            return Map.of("and", and.all().stream().map(Canonical::condition).toList());
        }
        if (condition instanceof Condition.Or or) {
            return Map.of("or", or.any().stream().map(Canonical::condition).toList());
        }
        if (condition instanceof Condition.Not not) {
            return Map.of("not", condition(not.negated()));
        }
        if (condition instanceof Condition.Exists exists) {
            return Map.of("exists", operand(exists.field()));
        }
        return Map.of("predicate", ((Condition.Predicate) condition).name());
    }

    public static Object operand(Operand operand) {
        if (operand instanceof Operand.FieldRef ref) {
            return Map.of("field", ref.name());
        }
        if (operand instanceof Operand.Param param) {
            return Map.of("param", param.name());
        }
        if (operand instanceof Operand.Literal literal) {
            return literal(literal.value());
        }
        if (operand == Operand.Today.INSTANCE) {
            return Map.of("date", "today");
        }
        Operand.DateShift shift = (Operand.DateShift) operand;
        Object base = shift.base() == Operand.Today.INSTANCE ? "today" : operand(shift.base());
        if (shift.businessDays()) {
            return object("date", base, "plusBusinessDays", shift.amount());
        }
        return shift.amount() == 0 ? Map.of("date", base) : object("date", base, "plusDays", shift.amount());
    }

    /** A literal as JSON: numbers plain, money as {@code {"money":"1500 RUB"}}, dates and instants as strings. */
    public static Object literal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof MoneyValue money) {
            return Map.of("money", money.toString());
        }
        if (value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    public static Map<String, Object> effect(Effect effect) {
        if (effect instanceof Effect.Violation violation) {
            Map<String, Object> body = object("code", violation.code(), "en", violation.messageEn(), "ru", violation.messageRu());
            if (violation.field() != null) {
                body.put("field", violation.field());
            }
            return Map.of("violation", body);
        }
        if (effect instanceof Effect.Block block) {
            return Map.of("block", object("en", block.reasonEn(), "ru", block.reasonRu()));
        }
        if (effect instanceof Effect.RequireApproval approval) {
            return Map.of("requireApproval", object("role", approval.role().value(), "en", approval.reasonEn(),
                    "ru", approval.reasonRu()));
        }
        if (effect instanceof Effect.Assign assign) {
            return Map.of("assign", assignee(assign.to()));
        }
        if (effect instanceof Effect.Escalate escalate) {
            return Map.of("escalate", object("level", escalate.level(), "en", escalate.reasonEn(), "ru", escalate.reasonRu()));
        }
        Effect.Emit emit = (Effect.Emit) effect;
        Map<String, Object> payload = new TreeMap<>();
        emit.payload().forEach((key, value) -> payload.put(key, literal(value)));
        return Map.of("emit", object("type", emit.eventType(), "payload", payload));
    }

    private static Map<String, Object> assignee(Assignee to) {
        if (to instanceof Assignee.ToEmployee employee) {
            return Map.of("employee", employee.employee().toString());
        }
        if (to instanceof Assignee.ToRole role) {
            return Map.of("role", role.role().value());
        }
        if (to instanceof Assignee.ToDepartment department) {
            return Map.of("department", department.department().toString());
        }
        return Map.of("strategy", ((Assignee.ByStrategy) to).strategy());
    }

    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> json = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }
}
