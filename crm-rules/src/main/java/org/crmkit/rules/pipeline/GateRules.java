package org.crmkit.rules.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.LoadProblem;
import org.crmkit.rules.LoadProblem.Code;
import org.crmkit.rules.RuleLoadException;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;

/**
 * Collects the gate rules of a pipeline (or guards of a transition policy), each placed under the transition it
 * guards, and reads them as one rule set with the rule reader, so the rule language, its checks and its messages
 * are exactly those of RULES-FORMAT.md. The trigger of each rule is its transition; problems the rule reader finds
 * are moved back to the path of the rule in the submitted document.
 */
final class GateRules {
    private static final Pattern RULE_PATH = Pattern.compile("\\$\\.rules\\[(\\d+)]");

    private final JsonDocument document;
    private final String namespace;
    private final ArrayNode rules = JsonDocument.MAPPER.createArrayNode();
    private final List<String> origins = new ArrayList<>();

    GateRules(JsonDocument document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    /** A rule guarding the move from → to ({@code any} on either side is a wildcard). */
    void add(JsonNode rule, String path, String from, String to) {
        if (!rule.isObject()) {
            document.problem(path, Code.MALFORMED, "a gate rule is a JSON object");
            return;
        }
        ObjectNode copy = rule.deepCopy();
        if (copy.has("trigger")) {
            document.problem(path + ".trigger", Code.MALFORMED,
                    "a gate rule takes its trigger from its gate's 'from' and 'to': leave 'trigger' out");
            copy.remove("trigger");
        }
        JsonNode id = copy.get("id");
        if (namespace != null && id != null && id.isTextual() && id.asText().contains(":")
                && !id.asText().startsWith(namespace + ":")) {
            document.problem(path + ".id", Code.FOREIGN_NAMESPACE, "rule '" + id.asText() + "' is not in namespace '"
                    + namespace + "': the rules of a company's definitions are in its own namespace");
        }
        ObjectNode transition = copy.putObject("trigger").putObject("stageTransition");
        transition.put("from", from);
        transition.put("to", to);
        rules.add(copy);
        origins.add(path);
    }

    /** The rule set, or null when a problem was found (reported on the document). */
    <T> RuleSet<T> read(String ruleSetId, FactSchema<T> schema) {
        ObjectNode root = JsonDocument.MAPPER.createObjectNode();
        root.put("ruleSet", ruleSetId).put("version", 1).put("schema", schema.name()).put("combine", "ALL")
                .put("effectiveFrom", "1970-01-01");
        root.set("rules", rules);
        try {
            return RuleSetJson.read(JsonDocument.MAPPER.writeValueAsString(root), schema);
        } catch (RuleLoadException e) {
            for (LoadProblem problem : e.problems()) {
                document.problem(relocate(problem.path()), problem.code(), relocate(problem.message()));
            }
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private String relocate(String text) {
        Matcher matcher = RULE_PATH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(origins.get(Integer.parseInt(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
