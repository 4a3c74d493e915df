package org.crmkit.rules.process.json;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.DefinitionProblem;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.InvalidProcessDefinition;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessDefinitionBuilder;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.ProcessNode;

/**
 * One reading of one document. It keeps going after a problem so that the author sees all of them at once;
 * graph-level problems (unknown node in a flow, duplicate ids) are only looked for once every field reads,
 * because a half-read node list would produce misleading ones.
 */
final class ProcessReader {
    private final JsonNode root;
    private final List<FormatProblem> problems = new ArrayList<>();

    ProcessReader(JsonNode root) {
        this.root = root;
    }

    ProcessDefinition read() {
        if (root == null || !root.isObject()) {
            problem("$", "a process definition is a JSON object", "описание процесса — это JSON-объект");
            throw new ProcessFormatException(problems);
        }
        onlyFields("$", root, "key", "version", "goal", "participants", "nodes", "flows");
        Optional<ProcessKey> key = text(root, "key", "$", true).flatMap(v -> convert("$.key", v, ProcessKey::of));
        Optional<Integer> version = integer(root, "version", "$");
        Optional<String> goal = text(root, "goal", "$", true);
        ProcessDefinitionBuilder builder = ProcessDefinition.builder(key.orElse(ProcessKey.of("unnamed")), version.orElse(1));
        goal.ifPresent(builder::goal);
        elements(root, "participants", "$", true).forEach((path, node) ->
                textValue(node, path).flatMap(v -> convert(path, v, RoleName::of)).ifPresent(builder::participant));
        elements(root, "nodes", "$", true).forEach((path, node) -> node(node, path).ifPresent(builder::node));
        elements(root, "flows", "$", true).forEach((path, node) -> flow(node, path).ifPresent(builder::flow));
        if (!problems.isEmpty()) {
            throw new ProcessFormatException(problems);
        }
        try {
            return builder.build();
        } catch (InvalidProcessDefinition e) {
            for (DefinitionProblem p : e.problems()) {
                problems.add(new FormatProblem(pathOf(p.place()), p.messageEn(), p.messageRu()));
            }
            throw new ProcessFormatException(problems);
        }
    }

    private static String pathOf(DefinitionProblem.Place place) {
        if (place instanceof DefinitionProblem.Place.Attribute a) {
            return "$." + a.name();
        } else if (place instanceof DefinitionProblem.Place.Node n) {
            return "$.nodes[" + n.index() + "]";
        }
        return "$.flows[" + ((DefinitionProblem.Place.FlowAt) place).index() + "]";
    }

    private Optional<ProcessNode> node(JsonNode json, String path) {
        if (!json.isObject()) {
            problem(path, "a node is a JSON object", "узел — это JSON-объект");
            return Optional.empty();
        }
        Optional<NodeId> id = text(json, "id", path, true).flatMap(v -> convert(path + ".id", v, NodeId::of));
        Optional<NodeKind> kind = text(json, "kind", path, true).flatMap(v -> kind(path + ".kind", v));
        if (id.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case START -> only(path, json, new ProcessNode.Start(id.get()), "id", "kind");
            case END -> only(path, json, new ProcessNode.End(id.get()), "id", "kind");
            case DECISION -> text(json, "condition", path, true)
                    .flatMap(c -> only(path, json, new ProcessNode.Decision(id.get(), c), "id", "kind", "condition"));
            case SUBPROCESS -> text(json, "process", path, true).flatMap(p -> convert(path + ".process", p, ProcessKey::of))
                    .flatMap(p -> only(path, json, new ProcessNode.Subprocess(id.get(), p), "id", "kind", "process"));
            case STEP -> step(json, path, id.get());
        };
    }

    private Optional<ProcessNode> step(JsonNode json, String path, NodeId id) {
        onlyFields(path, json, "id", "kind", "name", "role", "deadline", "effect");
        int before = problems.size();
        Optional<String> name = text(json, "name", path, true);
        Optional<RoleName> role = text(json, "role", path, false).flatMap(v -> convert(path + ".role", v, RoleName::of));
        Optional<Deadline> deadline = json.has("deadline") ? deadline(json.get("deadline"), path + ".deadline") : Optional.empty();
        Effect effect = json.has("effect") ? effect(json.get("effect"), path + ".effect") : Effect.NONE;
        if (problems.size() > before || name.isEmpty()) {
            return Optional.empty();
        }
        return convert(path, name.get(), n -> new ProcessNode.Step(id, n, role, deadline, effect));
    }

    private Optional<Deadline> deadline(JsonNode json, String path) {
        if (!json.isObject() || json.size() != 1 || !(json.has("within") || json.has("businessDays"))) {
            problem(path, "a deadline is {\"within\": \"PT4H\"} or {\"businessDays\": 2}",
                    "срок задаётся как {\"within\": \"PT4H\"} или {\"businessDays\": 2}");
            return Optional.empty();
        }
        if (json.has("within")) {
            return text(json, "within", path, true).flatMap(v -> {
                try {
                    return convert(path + ".within", v, s -> Deadline.within(Duration.parse(s)));
                } catch (DateTimeParseException e) {
                    problem(path + ".within", "not an ISO-8601 duration such as PT4H or P2D: " + v,
                            "это не длительность ISO-8601 вида PT4H или P2D: " + v);
                    return Optional.empty();
                }
            });
        }
        return integer(json, "businessDays", path).flatMap(d -> convert(path + ".businessDays", d.toString(),
                s -> Deadline.businessDays(Integer.parseInt(s))));
    }

    private Effect effect(JsonNode json, String path) {
        if (!json.isObject()) {
            problem(path, "an effect is {\"description\": ..., \"outputs\": [...]}",
                    "результат задаётся как {\"description\": ..., \"outputs\": [...]}");
            return Effect.NONE;
        }
        onlyFields(path, json, "description", "outputs");
        String description = text(json, "description", path, false).orElse("");
        List<String> outputs = new ArrayList<>();
        elements(json, "outputs", path, false).forEach((p, node) -> textValue(node, p).ifPresent(outputs::add));
        return convert(path, description, d -> new Effect(d, outputs)).orElse(Effect.NONE);
    }

    private Optional<Flow> flow(JsonNode json, String path) {
        if (!json.isObject()) {
            problem(path, "a flow is a JSON object", "переход — это JSON-объект");
            return Optional.empty();
        }
        onlyFields(path, json, "from", "to", "outcome", "otherwise");
        Optional<NodeId> from = text(json, "from", path, true).flatMap(v -> convert(path + ".from", v, NodeId::of));
        Optional<NodeId> to = text(json, "to", path, true).flatMap(v -> convert(path + ".to", v, NodeId::of));
        Optional<Outcome> outcome = text(json, "outcome", path, false).flatMap(v -> convert(path + ".outcome", v, Outcome::of));
        boolean otherwise = false;
        if (json.has("otherwise")) {
            if (!json.get("otherwise").isBoolean()) {
                problem(path + ".otherwise", "must be true or false", "должно быть true или false");
            }
            otherwise = json.get("otherwise").asBoolean();
        }
        if (otherwise && outcome.isEmpty() && !json.has("outcome")) {
            problem(path, "an otherwise branch needs an outcome label", "у ветви «иначе» должен быть исход");
            return Optional.empty();
        }
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Flow(from.get(), to.get(), outcome, otherwise && outcome.isPresent()));
    }

    private Optional<NodeKind> kind(String path, String value) {
        for (NodeKind kind : NodeKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(kind);
            }
        }
        problem(path, "unknown node kind '" + value + "'; expected start, step, decision, subprocess or end",
                "неизвестный вид узла «" + value + "»; ожидается start, step, decision, subprocess или end");
        return Optional.empty();
    }

    private <T> Optional<T> only(String path, JsonNode json, T value, String... fields) {
        onlyFields(path, json, fields);
        return Optional.of(value);
    }

    private void onlyFields(String path, JsonNode json, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(path + "." + name, "unknown field; expected one of " + List.of(allowed),
                        "неизвестное поле; допустимы " + List.of(allowed));
            }
        }
    }

    private Optional<String> text(JsonNode json, String field, String path, boolean required) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path + "." + field, "is required", "обязательное поле");
            }
            return Optional.empty();
        }
        return textValue(value, path + "." + field);
    }

    private Optional<String> textValue(JsonNode value, String path) {
        if (!value.isTextual()) {
            problem(path, "must be a string", "должно быть строкой");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private Optional<Integer> integer(JsonNode json, String field, String path) {
        JsonNode value = json.get(field);
        if (value == null || !value.isInt()) {
            problem(path + "." + field, value == null ? "is required" : "must be a whole number",
                    value == null ? "обязательное поле" : "должно быть целым числом");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /** The elements of an array field by their JSON paths, in order. */
    private java.util.Map<String, JsonNode> elements(JsonNode json, String field, String path, boolean required) {
        java.util.Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        JsonNode value = json.get(field);
        if (value == null) {
            if (required) {
                problem(path + "." + field, "is required", "обязательное поле");
            }
            return out;
        }
        if (!value.isArray()) {
            problem(path + "." + field, "must be an array", "должно быть массивом");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            out.put(path + "." + field + "[" + i + "]", value.get(i));
        }
        return out;
    }

    private <T> Optional<T> convert(String path, String value, Function<String, T> conversion) {
        try {
            return Optional.of(conversion.apply(value));
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage(), "недопустимое значение «" + value + "»");
            return Optional.empty();
        }
    }

    private void problem(String path, String en, String ru) {
        problems.add(new FormatProblem(path, en, ru));
    }
}
