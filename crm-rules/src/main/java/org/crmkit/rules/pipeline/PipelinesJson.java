package org.crmkit.rules.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmkit.core.deal.InvalidPipeline;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineBuilder;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Probability;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.deal.StageOutcome;
import org.crmkit.core.deal.StageGate;
import org.crmkit.rules.LoadProblem.Code;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleId;
import org.crmkit.rules.RuleSet;

/**
 * Reads a company's pipelines from JSON (PIPELINE-FORMAT.md): stages, allowed transitions, and gate rules in the
 * rule language. Every problem of the document, including those of its rules, is reported at once with its JSON
 * path in one {@link DefinitionLoadException}; nothing half-loaded is ever returned.
 *
 * <pre>{@code
 * CompanyPipelines acme = PipelinesJson.reader().engine(RuleEngine.create(clock)).read(json);
 * }</pre>
 */
public final class PipelinesJson {
    private static final Set<String> ROOT_KEYS = Set.of("company", "pipelines");
    private static final Set<String> PIPELINE_KEYS = Set.of("key", "name", "stages", "transitions",
            "allowForwardAndBackward", "allowClosingFromAnyOpenStage", "gates");
    private static final Set<String> STAGE_KEYS = Set.of("key", "name", "outcome", "probability");
    private static final Set<String> TRANSITION_KEYS = Set.of("from", "to");
    private static final Set<String> GATE_KEYS = Set.of("from", "to", "rules");
    private static final String ANY = "any";

    private PipelinesJson() {
    }

    /** Reads with the deal's own facts and an engine on the system clock (Monday–Friday business days). */
    public static CompanyPipelines read(String json) {
        return reader().read(json);
    }

    public static Reader<org.crmkit.core.deal.Deal> reader() {
        return new Reader<>(GateFacts.deal(), RuleEngine.create(Clock.systemUTC()));
    }

    /** Reads documents; the engine gives the gates their clock and business days, the facts what rules read. */
    public static final class Reader<T> {
        private final GateFacts<T> facts;
        private final RuleEngine engine;

        private Reader(GateFacts<T> facts, RuleEngine engine) {
            this.facts = facts;
            this.engine = engine;
        }

        public Reader<T> engine(RuleEngine engine) {
            return new Reader<>(facts, Objects.requireNonNull(engine, "engine"));
        }

        /** What the gate rules read, e.g. {@link GateFacts#dealWithClient}. */
        public <F> Reader<F> facts(GateFacts<F> facts) {
            return new Reader<>(Objects.requireNonNull(facts, "facts"), engine);
        }

        public CompanyPipelines read(String json) {
            JsonDocument document = new JsonDocument();
            JsonNode root = document.parse(json, "a company's pipelines document");
            if (root == null) {
                throw new DefinitionLoadException("pipelines", document.problems);
            }
            document.keys(root, "$", ROOT_KEYS);
            String company = document.text(root, "$", "company", true);
            if (company != null && !RuleId.isNamespace(company)) {
                document.problem("$.company", Code.MALFORMED, "'" + company
                        + "' is not a company namespace (lower-case letters, digits and '-')");
                company = null;
            }
            CompanyPipelines.Builder builder = CompanyPipelines.builder(company == null ? "?" : company);
            Set<String> keys = new LinkedHashSet<>();
            String namespace = company;
            document.each(root, "$", "pipelines", true, (node, path) -> {
                Loaded loaded = pipeline(document, node, path, namespace, keys);
                if (loaded != null) {
                    builder.pipeline(loaded.pipeline(), loaded.gate());
                }
            });
            if (root.path("pipelines").isArray() && root.path("pipelines").isEmpty()) {
                document.problem("$.pipelines", Code.MALFORMED, "a company defines at least one pipeline");
            }
            String name = "pipelines of " + (company == null ? "?" : company);
            if (!document.problems.isEmpty()) {
                throw new DefinitionLoadException(name, document.problems);
            }
            return builder.build();
        }

        private record Loaded(Pipeline pipeline, StageGate gate) {
        }

        private Loaded pipeline(JsonDocument document, JsonNode node, String path, String namespace, Set<String> seen) {
            if (!node.isObject()) {
                document.problem(path, Code.MALFORMED, "a pipeline is a JSON object");
                return null;
            }
            int before = document.problems.size();
            String key = document.text(node, path, "key", true);
            PipelineKey pipelineKey = null;
            if (key != null) {
                try {
                    pipelineKey = PipelineKey.of(key);
                    if (!seen.add(key)) {
                        document.problem(path + ".key", Code.DUPLICATE_ID, "pipeline '" + key + "' is defined twice");
                    }
                } catch (IllegalArgumentException e) {
                    document.problem(path + ".key", Code.MALFORMED, e.getMessage());
                }
            }
            String name = document.text(node, path, "name", true);
            List<Stage> stages = new ArrayList<>();
            // Every declared key, even of a stage that is broken otherwise: references to it are not a second problem.
            Map<String, Stage> byKey = new LinkedHashMap<>();
            document.each(node, path, "stages", true, (stageNode, at) -> {
                JsonNode declared = stageNode.path("key");
                if (declared.isTextual() && byKey.containsKey(declared.asText())) {
                    document.problem(at + ".key", Code.DUPLICATE_ID, "stage '" + declared.asText() + "' is defined twice");
                    return;
                }
                Stage stage = stage(document, stageNode, at);
                if (declared.isTextual()) {
                    byKey.put(declared.asText(), stage);
                }
                if (stage != null) {
                    stages.add(stage);
                }
            });
            PipelineBuilder pipeline = pipelineKey == null || name == null ? null : org.crmkit.core.deal.Pipeline
                    .builder(pipelineKey, name);
            document.each(node, path, "transitions", false, (move, at) -> {
                document.keys(move, at, TRANSITION_KEYS);
                String from = stageRef(document, move, at, "from", byKey, false);
                JsonNode toNode = move.get("to");
                List<String> targets = document.texts(move, at, "to");
                for (int i = 0; i < targets.size(); i++) {
                    String where = toNode != null && toNode.isArray() ? at + ".to[" + i + "]" : at + ".to";
                    String to = known(document, targets.get(i), where, byKey, false);
                    if (pipeline != null && from != null && to != null) {
                        pipeline.transition(from, to);
                    }
                }
            });
            boolean forward = flag(document, node, path, "allowForwardAndBackward");
            boolean closing = flag(document, node, path, "allowClosingFromAnyOpenStage");
            // Up to here a problem leaves no pipeline to build; gate problems below do not stop the pipeline's checks.
            boolean buildable = document.problems.size() == before && pipeline != null;
            document.keys(node, path, PIPELINE_KEYS);
            String ruleSetId = (namespace == null ? "?" : namespace) + ":pipeline." + (key == null ? "?" : key) + ".gates";
            GateRules gateRules = new GateRules(document, namespace);
            List<String[]> gateMoves = new ArrayList<>();
            document.each(node, path, "gates", false, (gate, at) -> {
                document.keys(gate, at, GATE_KEYS);
                String from = stageRef(document, gate, at, "from", byKey, true);
                String to = stageRef(document, gate, at, "to", byKey, true);
                if (from != null && to != null) {
                    gateMoves.add(new String[] {from, to, at});
                }
                document.each(gate, at, "rules", true, (rule, rulePath) ->
                        gateRules.add(rule, rulePath, from == null ? ANY : from, to == null ? ANY : to));
            });
            RuleSet<T> rules = gateRules.read(ruleSetId, facts.schema());
            if (!buildable) {
                return null;
            }
            stages.forEach(pipeline::stage);
            if (forward) {
                pipeline.allowForwardAndBackward();
            }
            if (closing) {
                pipeline.allowClosingFromAnyOpenStage();
            }
            Pipeline built;
            try {
                built = pipeline.build();
            } catch (InvalidPipeline e) {
                document.problem(path, Code.INVALID_PIPELINE, e.getMessage());
                return null;
            }
            for (String[] move : gateMoves) {
                if (!move[0].equals(ANY) && !move[1].equals(ANY)
                        && !built.allows(StageKey.of(move[0]), StageKey.of(move[1]))) {
                    document.problem(move[2], Code.MALFORMED, "the gate guards " + move[0] + " -> " + move[1]
                            + ", a move the pipeline does not allow: its rules could never run");
                }
            }
            if (document.problems.size() > before) {
                return null;
            }
            return new Loaded(built, new RuleStageGate<>(rules, facts, engine));
        }

        private static Stage stage(JsonDocument document, JsonNode node, String path) {
            if (!node.isObject()) {
                document.problem(path, Code.MALFORMED, "a stage is a JSON object");
                return null;
            }
            int before = document.problems.size();
            document.keys(node, path, STAGE_KEYS);
            String key = document.text(node, path, "key", true);
            String name = document.text(node, path, "name", true);
            String outcomeText = document.text(node, path, "outcome", true);
            Integer percent = document.integer(node, path, "probability");
            StageOutcome outcome = null;
            if (outcomeText != null) {
                try {
                    outcome = StageOutcome.valueOf(outcomeText);
                } catch (IllegalArgumentException e) {
                    document.problem(path + ".outcome", Code.MALFORMED, "'" + outcomeText + "' is not OPEN, WON or LOST");
                }
            }
            if (outcome == StageOutcome.OPEN && percent == null && !node.has("probability")) {
                document.problem(path, Code.MALFORMED, "an open stage states its default probability (0-100)");
            }
            if (document.problems.size() > before) {
                return null;
            }
            int probability = percent != null ? percent : outcome == StageOutcome.WON ? 100 : 0;
            try {
                return new Stage(StageKey.of(key), name, outcome, Probability.of(probability));
            } catch (RuntimeException e) {
                // A malformed key, a probability out of range, a won stage below 100%: core words the rule.
                document.problem(path, Code.MALFORMED, e.getMessage());
                return null;
            }
        }

        private static String stageRef(JsonDocument document, JsonNode node, String path, String key,
                                       Map<String, Stage> stages, boolean anyAllowed) {
            String value = document.text(node, path, key, true);
            return value == null ? null : known(document, value, path + "." + key, stages, anyAllowed);
        }

        private static String known(JsonDocument document, String stage, String path, Map<String, Stage> stages,
                                    boolean anyAllowed) {
            if ((anyAllowed && stage.equals(ANY)) || stages.containsKey(stage)) {
                return stage;
            }
            document.problem(path, Code.UNKNOWN_STAGE, "unknown stage '" + stage + "'"
                    + JsonDocument.didYouMean(stage, stages.keySet()) + "; the stages are " + stages.keySet());
            return null;
        }

        private static boolean flag(JsonDocument document, JsonNode node, String path, String key) {
            JsonNode value = node.get(key);
            if (value != null && !value.isBoolean()) {
                document.problem(path + "." + key, Code.MALFORMED, "'" + key + "' is true or false");
                return false;
            }
            return value != null && value.booleanValue();
        }
    }
}
