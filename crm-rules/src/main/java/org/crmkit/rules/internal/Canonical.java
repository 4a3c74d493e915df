package org.crmkit.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.rules.Assignee;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Condition;
import org.crmkit.rules.Effect;
import org.crmkit.rules.MoneyValue;
import org.crmkit.rules.Operand;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleId;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.Trigger;

/**
 * The canonical JSON of rules: the input format, compact, keys in sorted order, every default written out,
 * literals normalised (numbers without trailing zeros, dates as ISO strings). The content hash is taken over
 * it, and it reads back to the same rules. A Java predicate is written {@code {"predicate": name}}. Written
 * directly as text (no intermediate maps): loading 10,000 rules renders each of them.
 */
public final class Canonical {
    /** Created on first use: a load never pretty-prints, and a mapper costs a fresh JVM ~75 ms to create. */
    private static final class Pretty {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** How much text is written before it is handed to the digest, when only the hash is wanted. */
    private static final int DIGEST_CHUNK = 16 * 1024;
    private static final String NOT = "{\"not\":";

    private final StringBuilder out = new StringBuilder(256);
    /** Where the text goes when only its hash is wanted ({@link #ruleSetHash}); null when the text is wanted. */
    private final MessageDigest digest;
    /** One chunk's characters and their UTF-8 bytes, reused (only when hashing). */
    private char[] chars;
    private byte[] bytes;

    private Canonical() {
        this(null);
    }

    private Canonical(MessageDigest digest) {
        this.digest = digest;
    }

    public static String ruleSet(String id, int version, String schema, Combination combination, LocalDate effectiveFrom,
                                 Map<String, Object> params, List<Rule> rules, List<RuleSet.Amendments> amendments) {
        Canonical json = new Canonical();
        json.writeRuleSet(id, version, schema, combination, effectiveFrom, params, rules, amendments);
        return json.out.toString();
    }

    /**
     * The same as {@code sha256(ruleSet(...))}, without holding the whole text: it is hashed a chunk at a time
     * (10,000 rules are megabytes of text, which would be built, copied as it grows and encoded at once).
     */
    public static String ruleSetHash(String id, int version, String schema, Combination combination,
                                     LocalDate effectiveFrom, Map<String, Object> params, List<Rule> rules,
                                     List<RuleSet.Amendments> amendments) {
        Canonical json = new Canonical(sha256Digest());
        json.writeRuleSet(id, version, schema, combination, effectiveFrom, params, rules, amendments);
        json.flush();
        return HexFormat.of().formatHex(json.digest.digest());
    }

    /** Hands the text so far to the digest, at a rule's end (never inside a character's UTF-16 pair). */
    private void flushIfLarge() {
        if (digest != null && out.length() >= DIGEST_CHUNK) {
            flush();
        }
    }

    /**
     * Encodes the text so far as UTF-8 into a reused buffer and hands it to the digest (the same bytes as
     * {@code getBytes(UTF_8)}, without a String and a byte array per chunk). Chunks end at a rule's end, so a
     * surrogate pair is never split; a lone surrogate is encoded as '?', as {@code getBytes} does.
     */
    private void flush() {
        int length = out.length();
        if (bytes == null || chars.length < length) {
            chars = new char[Math.max(length, DIGEST_CHUNK * 2)];
            bytes = new byte[chars.length * 3];
        }
        out.getChars(0, length, chars, 0);
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xC0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int code = Character.toCodePoint(c, chars[++i]);
                bytes[n++] = (byte) (0xF0 | code >> 18);
                bytes[n++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[n++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[n++] = '?';
            } else {
                bytes[n++] = (byte) (0xE0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        digest.update(bytes, 0, n);
        out.setLength(0);
    }

    private void writeRuleSet(String id, int version, String schema, Combination combination, LocalDate effectiveFrom,
                         Map<String, Object> params, List<Rule> rules, List<RuleSet.Amendments> amendments) {
        out.append("{\"combine\":");
        string(combination.name());
        out.append(",\"contributions\":[");
        for (int i = 0; i < amendments.size(); i++) {
            out.append(i == 0 ? "" : ",");
            amendments(amendments.get(i));
        }
        out.append("],\"effectiveFrom\":");
        string(effectiveFrom.toString());
        out.append(",\"params\":{");
        boolean first = true;
        for (Map.Entry<String, Object> param : new TreeMap<>(params).entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            string(param.getKey());
            out.append(':');
            literal(param.getValue());
        }
        out.append("},\"ruleSet\":");
        string(id);
        out.append(",\"rules\":");
        rules(rules);
        out.append(",\"schema\":");
        string(schema);
        out.append(",\"version\":").append(version).append('}');
    }

    /** The condition's canonical text: structurally identical conditions have equal text. */
    public static String conditionText(Condition condition) {
        Canonical json = new Canonical();
        json.condition(condition);
        return json.out.toString();
    }

    /** The canonical text of {@code not X} from the text of X (the same as rendering the negation anew). */
    public static String negationText(String conditionText) {
        return NOT + conditionText + '}';
    }

    public static String effectsText(List<Effect> effects) {
        Canonical json = new Canonical();
        json.effects(effects);
        return json.out.toString();
    }

    public static String pretty(String canonical) {
        try {
            return Pretty.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Pretty.MAPPER.readTree(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical text is JSON", e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private void amendments(RuleSet.Amendments amendments) {
        out.append("{\"disable\":[");
        List<RuleSet.Disablement> disabled = amendments.disablements().stream()
                .sorted(Comparator.comparing(RuleSet.Disablement::id)).toList();
        for (int i = 0; i < disabled.size(); i++) {
            out.append(i == 0 ? "{\"id\":" : ",{\"id\":");
            ruleId(disabled.get(i).id());
            out.append(",\"reason\":");
            string(disabled.get(i).reason());
            out.append('}');
        }
        out.append("],\"namespace\":");
        string(amendments.namespace());
        out.append(",\"overrides\":[");
        List<RuleSet.Overriding> overrides = amendments.overrides().stream()
                .sorted(Comparator.comparing(overriding -> overriding.replacement().id())).toList();
        for (int i = 0; i < overrides.size(); i++) {
            out.append(i == 0 ? "{\"reason\":" : ",{\"reason\":");
            string(overrides.get(i).reason());
            out.append(",\"rule\":");
            rule(overrides.get(i).replacement());
            out.append('}');
        }
        out.append("],\"rules\":");
        rules(amendments.added());
        out.append('}');
    }

    private void rules(List<Rule> rules) {
        out.append('[');
        List<Rule> sorted = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.append(i == 0 ? "" : ",");
            rule(sorted.get(i));
            flushIfLarge();
        }
        out.append(']');
    }

    private void rule(Rule rule) {
        out.append("{\"description\":");
        string(rule.description());
        out.append(",\"id\":");
        ruleId(rule.id());
        out.append(",\"priority\":").append(rule.priority());
        out.append(",\"sealed\":").append(rule.sealed());
        out.append(",\"then\":");
        effects(rule.effects());
        out.append(",\"trigger\":");
        trigger(rule.trigger());
        out.append(",\"version\":").append(rule.version());
        out.append(",\"when\":");
        condition(rule.when());
        out.append('}');
    }

    /** {@code "namespace:name"}: both parts are checked to need no escape (lower-case letters, digits, '-', '.'). */
    private void ruleId(RuleId id) {
        out.append('"').append(id.namespace()).append(':').append(id.name()).append('"');
    }

    private void trigger(Trigger trigger) {
        if (trigger instanceof Trigger.OnChange change) {
            out.append("{\"change\":[");
            boolean first = true;
            if (!change.fields().isEmpty()) {
                for (String field : change.fields()) {
                    out.append(first ? "" : ",");
                    first = false;
                    string(field);
                }
            }
            out.append("]}");
        } else if (trigger instanceof Trigger.OnStageTransition transition) {
            out.append("{\"stageTransition\":{\"from\":");
            string(transition.from());
            out.append(",\"to\":");
            string(transition.to());
            out.append("}}");
        } else if (trigger instanceof Trigger.OnTimer timer) {
            out.append("{\"timer\":");
            string(timer.timer());
            out.append('}');
        } else {
            out.append("\"create\"");
        }
    }

    private void condition(Condition condition) {
        if (condition instanceof Condition.Always) {
            out.append("true");
        } else if (condition instanceof Condition.Compare compare) {
            operands(compare.op().json(), compare.left(), compare.right());
        } else if (condition instanceof Condition.In in) {
            out.append("{\"in\":[");
            operand(in.value());
            out.append(",[");
            for (int i = 0; i < in.options().size(); i++) {
                out.append(i == 0 ? "" : ",");
                operand(in.options().get(i));
            }
            out.append("]]}");
        } else if (condition instanceof Condition.InList in) {
            operands("in", in.value(), in.list());
        } else if (condition instanceof Condition.Between between) {
            operands("between", between.value(), between.low(), between.high());
        } else if (condition instanceof Condition.And and) {
            conditions("and", and.all());
        } else if (condition instanceof Condition.Or or) {
            conditions("or", or.any());
        } else if (condition instanceof Condition.Not not) {
            out.append(NOT);
            condition(not.negated());
            out.append('}');
        } else if (condition instanceof Condition.Exists exists) {
            out.append("{\"exists\":");
            operand(exists.field());
            out.append('}');
        } else {
            out.append("{\"predicate\":");
            string(((Condition.Predicate) condition).name());
            out.append('}');
        }
    }

    private void conditions(String op, List<Condition> conditions) {
        out.append("{\"").append(op).append("\":[");
        for (int i = 0; i < conditions.size(); i++) {
            out.append(i == 0 ? "" : ",");
            condition(conditions.get(i));
        }
        out.append("]}");
    }

    private void operands(String op, Operand... operands) {
        out.append("{\"").append(op).append("\":[");
        for (int i = 0; i < operands.length; i++) {
            out.append(i == 0 ? "" : ",");
            operand(operands[i]);
        }
        out.append("]}");
    }

    private void operand(Operand operand) {
        if (operand instanceof Operand.FieldRef ref) {
            out.append("{\"field\":");
            string(ref.name());
            out.append('}');
        } else if (operand instanceof Operand.Param param) {
            out.append("{\"param\":");
            string(param.name());
            out.append('}');
        } else if (operand instanceof Operand.Literal literal) {
            literal(literal.value());
        } else if (operand == Operand.Today.INSTANCE) {
            out.append("{\"date\":\"today\"}");
        } else {
            Operand.DateShift shift = (Operand.DateShift) operand;
            out.append("{\"date\":");
            if (shift.base() == Operand.Today.INSTANCE) {
                out.append("\"today\"");
            } else {
                operand(shift.base());
            }
            if (shift.businessDays()) {
                out.append(",\"plusBusinessDays\":").append(shift.amount());
            } else if (shift.amount() != 0) {
                out.append(",\"plusDays\":").append(shift.amount());
            }
            out.append('}');
        }
    }

    private void literal(Object value) {
        if (value instanceof BigDecimal decimal) {
            number(decimal);
        } else if (value instanceof MoneyValue money) {
            // MoneyValue.toString() written in place: the amount's digits and a checked [A-Z]{3} code need no escape
            out.append("{\"money\":\"");
            number(money.amount());
            out.append(' ').append(money.currency()).append("\"}");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString());
        }
    }

    /**
     * A number without trailing zeros, as {@code stripTrailingZeros().toPlainString()} writes it; a whole number
     * held at scale 0 that fits a long (most literals) is written from its long, with no intermediate objects.
     */
    private void number(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            out.append('0');
        } else if (decimal.scale() == 0 && decimal.precision() < 19) {
            out.append(decimal.longValue());
        } else {
            out.append(decimal.stripTrailingZeros().toPlainString());
        }
    }

    private void effects(List<Effect> effects) {
        out.append('[');
        for (int i = 0; i < effects.size(); i++) {
            out.append(i == 0 ? "" : ",");
            effect(effects.get(i));
        }
        out.append(']');
    }

    private void effect(Effect effect) {
        if (effect instanceof Effect.Violation violation) {
            out.append("{\"violation\":{\"code\":");
            string(violation.code());
            out.append(",\"en\":");
            string(violation.messageEn());
            if (violation.field() != null) {
                out.append(",\"field\":");
                string(violation.field());
            }
            out.append(",\"ru\":");
            string(violation.messageRu());
            out.append("}}");
        } else if (effect instanceof Effect.Block block) {
            out.append("{\"block\":");
            texts(block.reasonEn(), null, null, block.reasonRu());
            out.append('}');
        } else if (effect instanceof Effect.RequireApproval approval) {
            out.append("{\"requireApproval\":");
            texts(approval.reasonEn(), "role", approval.role().value(), approval.reasonRu());
            out.append('}');
        } else if (effect instanceof Effect.Escalate escalate) {
            out.append("{\"escalate\":{\"en\":");
            string(escalate.reasonEn());
            out.append(",\"level\":").append(escalate.level()).append(",\"ru\":");
            string(escalate.reasonRu());
            out.append("}}");
        } else if (effect instanceof Effect.Assign assign) {
            out.append("{\"assign\":{");
            Assignee to = assign.to();
            if (to instanceof Assignee.ToEmployee employee) {
                keyValue("employee", employee.employee().toString());
            } else if (to instanceof Assignee.ToRole role) {
                keyValue("role", role.role().value());
            } else if (to instanceof Assignee.ToDepartment department) {
                keyValue("department", department.department().toString());
            } else {
                keyValue("strategy", ((Assignee.ByStrategy) to).strategy());
            }
            out.append("}}");
        } else {
            Effect.Emit emit = (Effect.Emit) effect;
            out.append("{\"emit\":{\"payload\":{");
            boolean first = true;
            for (Map.Entry<String, Object> entry : emit.payload().entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(entry.getKey());
                out.append(':');
                literal(entry.getValue());
            }
            out.append("},\"type\":");
            string(emit.eventType());
            out.append("}}");
        }
    }

    /** {@code {"en":..., [key: value,] "ru":...}} — the keys in sorted order. */
    private void texts(String en, String key, String value, String ru) {
        out.append("{\"en\":");
        string(en);
        if (key != null) {
            out.append(',');
            keyValue(key, value);
        }
        out.append(",\"ru\":");
        string(ru);
        out.append('}');
    }

    private void keyValue(String key, String value) {
        string(key);
        out.append(':');
        string(value);
    }

    /**
     * A JSON string, escaped as Jackson escapes it (so the hash matches a Jackson-written canonical form). Runs of
     * characters that need no escape, usually the whole text, are appended at once.
     */
    private void string(String text) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(text, run, i);
                escape(c);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
        out.append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append(String.format("\\u%04X", (int) c));
        }
    }
}
