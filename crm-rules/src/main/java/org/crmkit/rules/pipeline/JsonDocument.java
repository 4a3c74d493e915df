package org.crmkit.rules.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.crmkit.rules.LoadProblem;
import org.crmkit.rules.LoadProblem.Code;

/**
 * Reading helpers for the pipeline and transition-policy documents: each helper reports its own problem, with its
 * JSON path, and returns null, so one pass finds every problem (the same reporting as the rule reader).
 */
final class JsonDocument {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    final List<LoadProblem> problems = new ArrayList<>();

    /** The document's root object, or null with a SYNTAX / MALFORMED problem. */
    JsonNode parse(String json, String what) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            problem("$", Code.SYNTAX, "not JSON" + where + ": " + e.getOriginalMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problem("$", Code.MALFORMED, what + " is a JSON object");
            return null;
        }
        return root;
    }

    void keys(JsonNode node, String path, Set<String> allowed) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                problem(path + "." + key, Code.MALFORMED, "unknown property '" + key + "'" + didYouMean(key, allowed));
            }
        });
    }

    String text(JsonNode node, String path, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null) {
            if (required) {
                problem(path, Code.MALFORMED, "missing property '" + key + "'");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is a non-blank string");
            return null;
        }
        return value.asText();
    }

    Integer integer(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is an integer");
            return null;
        }
        return value.intValue();
    }

    /** Each element of an array property, with its path. */
    void each(JsonNode parent, String path, String key, boolean required, BiConsumer<JsonNode, String> item) {
        JsonNode array = parent.get(key);
        if (array == null) {
            if (required) {
                problem(path, Code.MALFORMED, "missing property '" + key + "'");
            }
            return;
        }
        if (!array.isArray()) {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            item.accept(array.get(i), path + "." + key + "[" + i + "]");
        }
    }

    /** A string, or an array of strings, as a list (the {@code to} of a transition). */
    List<String> texts(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        List<String> values = new ArrayList<>();
        if (value == null) {
            problem(path, Code.MALFORMED, "missing property '" + key + "'");
        } else if (value.isTextual()) {
            values.add(value.asText());
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isTextual()) {
                    values.add(value.get(i).asText());
                } else {
                    problem(path + "." + key + "[" + i + "]", Code.MALFORMED, "a stage is named by a string");
                }
            }
        } else {
            problem(path + "." + key, Code.MALFORMED, "'" + key + "' is a string or an array of strings");
        }
        return values;
    }

    void problem(String path, Code code, String message) {
        problems.add(new LoadProblem(path, code, message));
    }

    /** " (did you mean 'x'?)" when a known name is one or two edits away, else "". */
    static String didYouMean(String given, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(given.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
