package org.crmkit.rules.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.shared.GuardDecision;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Evaluation;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.LoadProblem.Code;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleId;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.facts.ClaimFacts;
import org.crmkit.rules.facts.TaskFacts;

/**
 * A company's own status process for claims or tasks, where it is stricter than CRMKit's lifecycle: the status
 * moves it allows, as data, and guard rules on moves (the rule language, triggered by the move). A move not listed
 * is refused ({@code transition.not-allowed}); a listed move is refused when a guard rule yields a violation or a
 * block, with the readable trace. It never widens the lifecycle: the aggregate still refuses moves it does not have.
 * Plugs into core as a guard: {@code Crm.builder().claimGuard(policy::check)} (or {@code taskGuard}).
 *
 * @param <T> the aggregate the guard rules read
 * @param <S> its status enum
 */
public final class TransitionPolicy<T, S extends Enum<S>> {
    private static final Set<String> KEYS = Set.of("policy", "aggregate", "moves", "guards");

    private final String name;
    private final Map<S, Set<S>> moves;
    private final RuleSet<T> guards;
    private final RuleEngine engine;

    private TransitionPolicy(String name, Map<S, Set<S>> moves, RuleSet<T> guards, RuleEngine engine) {
        this.name = name;
        this.moves = moves;
        this.guards = guards;
        this.engine = engine;
    }

    /** A claim policy from JSON (PIPELINE-FORMAT.md, "Transition policies"). */
    public static TransitionPolicy<Claim, ClaimStatus> claims(String json, RuleEngine engine) {
        return read(json, ClaimFacts.SCHEMA, ClaimStatus.class, engine);
    }

    /** A task policy from JSON. */
    public static TransitionPolicy<Task, TaskStatus> tasks(String json, RuleEngine engine) {
        return read(json, TaskFacts.SCHEMA, TaskStatus.class, engine);
    }

    /** Whether the policy lists the move (guards aside). */
    public boolean allows(S from, S to) {
        return moves.getOrDefault(from, Set.of()).contains(to);
    }

    /** The policy's decision on a move of the aggregate, which the guard sees as the command left it. */
    public GuardDecision check(T aggregate, S from, S to) {
        if (!allows(from, to)) {
            Set<S> allowed = moves.getOrDefault(from, Set.of());
            return GuardDecision.refuse(List.of(new GuardDecision.Violation("transition.not-allowed", "status",
                    "the company's process does not allow " + from + " -> " + to
                            + (allowed.isEmpty() ? "" : "; from " + from + " it allows " + allowed),
                    "процесс компании не допускает переход " + from + " -> " + to
                            + (allowed.isEmpty() ? "" : "; из " + from + " допустимо: " + allowed))),
                    "policy " + name + ": " + from + " -> " + to + " is not among its moves");
        }
        Occasion move = Occasion.stageTransition(from.name(), to.name());
        if (!engine.evaluate(guards, aggregate, move).rejects()) {
            return GuardDecision.allow();
        }
        Evaluation traced = engine.evaluateTraced(guards, aggregate, move);
        List<GuardDecision.Violation> violations = new ArrayList<>();
        traced.matchedRules().forEach(rule -> rule.effects().forEach(effect -> {
            if (effect instanceof Effect.Violation v) {
                violations.add(new GuardDecision.Violation(v.code(), v.field(), v.messageEn(), v.messageRu()));
            } else if (effect instanceof Effect.Block b) {
                violations.add(new GuardDecision.Violation("guard.blocked:" + rule.id(), null, b.reasonEn(),
                        b.reasonRu()));
            }
        }));
        return GuardDecision.refuse(violations, traced.trace().orElseThrow().explain());
    }

    public String name() {
        return name;
    }

    public RuleSet<T> guards() {
        return guards;
    }

    /** Reads a policy over any schema and status enum. */
    public static <T, S extends Enum<S>> TransitionPolicy<T, S> read(String json, FactSchema<T> schema,
                                                                     Class<S> statuses, RuleEngine engine) {
        Objects.requireNonNull(engine, "engine");
        JsonDocument document = new JsonDocument();
        JsonNode root = document.parse(json, "a transition policy");
        if (root == null) {
            throw new DefinitionLoadException("transition policy", document.problems);
        }
        document.keys(root, "$", KEYS);
        String name = document.text(root, "$", "policy", true);
        String namespace = null;
        if (name != null) {
            try {
                namespace = RuleId.of(name).namespace();
            } catch (IllegalArgumentException e) {
                document.problem("$.policy", Code.MALFORMED, e.getMessage());
            }
        }
        String aggregate = document.text(root, "$", "aggregate", true);
        if (aggregate != null && !aggregate.equals(schema.name())) {
            document.problem("$.aggregate", Code.WRONG_SCHEMA, "the policy is written for '" + aggregate + "', not '"
                    + schema.name() + "'");
        }
        Map<String, S> known = new TreeMap<>();
        for (S status : statuses.getEnumConstants()) {
            known.put(status.name(), status);
        }
        Map<S, Set<S>> moves = new EnumMap<>(statuses);
        document.each(root, "$", "moves", true, (move, at) -> {
            document.keys(move, at, Set.of("from", "to"));
            String fromText = document.text(move, at, "from", true);
            S from = fromText == null ? null : status(document, fromText, at + ".from", known);
            JsonNode toNode = move.get("to");
            List<String> targets = document.texts(move, at, "to");
            for (int i = 0; i < targets.size(); i++) {
                S to = status(document, targets.get(i), toNode != null && toNode.isArray() ? at + ".to[" + i + "]"
                        : at + ".to", known);
                if (from != null && to != null) {
                    moves.computeIfAbsent(from, f -> EnumSet.noneOf(statuses)).add(to);
                }
            }
        });
        GateRules rules = new GateRules(document, namespace);
        document.each(root, "$", "guards", false, (guard, at) -> {
            document.keys(guard, at, Set.of("from", "to", "rules"));
            String from = document.text(guard, at, "from", true);
            String to = document.text(guard, at, "to", true);
            boolean ok = (from == null || from.equals("any") || status(document, from, at + ".from", known) != null)
                    & (to == null || to.equals("any") || status(document, to, at + ".to", known) != null);
            document.each(guard, at, "rules", true, (rule, rulePath) -> {
                if (ok && from != null && to != null) {
                    rules.add(rule, rulePath, from, to);
                }
            });
        });
        RuleSet<T> guards = rules.read((name == null ? "?:?" : name) + ".guards", schema);
        if (!document.problems.isEmpty()) {
            throw new DefinitionLoadException("transition policy " + (name == null ? "?" : name), document.problems);
        }
        Map<S, Set<S>> frozen = new EnumMap<>(statuses);
        moves.forEach((from, to) -> frozen.put(from, java.util.Collections.unmodifiableSet(to)));
        return new TransitionPolicy<>(name, java.util.Collections.unmodifiableMap(frozen), guards, engine);
    }

    private static <S> S status(JsonDocument document, String text, String path, Map<String, S> known) {
        S status = known.get(text);
        if (status == null) {
            document.problem(path, Code.UNKNOWN_STAGE, "unknown status '" + text + "'"
                    + JsonDocument.didYouMean(text, known.keySet()) + "; the statuses are " + known.keySet());
        }
        return status;
    }
}
