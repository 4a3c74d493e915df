package org.crmkit.core.deal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A company's sales process as data: ordered stages and the moves allowed between them. Each company may have
 * several (new business, renewals, ...); a deal belongs to one by {@link PipelineKey}.
 *
 * <p>A pipeline is valid by construction: stage keys are unique; the first stage (where deals enter) is open;
 * there is at least one open, one won and one lost stage; transitions name known stages, never leave a won or
 * lost stage (a closed deal comes back only through {@link Deal#reopen}) and never stay in place; every stage
 * can be reached from the first; and every open stage can reach a won or lost stage, so no deal gets stuck.
 * Any breach throws {@link InvalidPipeline}.
 *
 * @param transitions for each stage, the stages a deal may move to from it (absent when none), in stage order
 */
public record Pipeline(PipelineKey key, String name, List<Stage> stages, Map<StageKey, Set<StageKey>> transitions) {

    public Pipeline {
        Objects.requireNonNull(key, "pipeline key");
        if (name == null || name.isBlank()) {
            throw new InvalidPipeline("pipeline " + key + " has no name", "у воронки " + key + " нет названия");
        }
        name = name.strip();
        stages = List.copyOf(stages);
        Map<StageKey, Stage> byKey = indexUnique(key, stages);
        requireShape(key, stages);
        transitions = normalised(key, stages, byKey, transitions);
        requireNoDeadEnds(key, stages, byKey, transitions);
    }

    /**
     * The default pipeline: lead (10%) → qualification (25%) → proposal (50%) → negotiation (75%), then won
     * (100%) or lost (0%). An open stage may move one step forward or one step back (so a deal can be
     * re-qualified), and may be won or lost from any open stage (a quick yes, or a lead that goes nowhere).
     */
    public static Pipeline standard() {
        return builder(PipelineKey.DEFAULT, "Sales")
                .open("lead", "Lead", 10)
                .open("qualification", "Qualification", 25)
                .open("proposal", "Proposal", 50)
                .open("negotiation", "Negotiation", 75)
                .won("won", "Won")
                .lost("lost", "Lost")
                .allowForwardAndBackward()
                .allowClosingFromAnyOpenStage()
                .build();
    }

    public static PipelineBuilder builder(PipelineKey key, String name) {
        return new PipelineBuilder(key, name);
    }

    /** The stage every new deal enters. */
    public Stage first() {
        return stages.get(0);
    }

    public Optional<Stage> stage(StageKey stageKey) {
        return stages.stream().filter(s -> s.key().equals(stageKey)).findFirst();
    }

    /** The stage with this key, or {@link UnknownStage}. */
    public Stage require(StageKey stageKey) {
        return stage(stageKey).orElseThrow(() -> new UnknownStage(key, stageKey));
    }

    public boolean allows(StageKey from, StageKey to) {
        return movesFrom(from).contains(to);
    }

    /** The stages a deal may move to from this one (empty for closed or unknown stages). */
    public Set<StageKey> movesFrom(StageKey from) {
        return transitions.getOrDefault(from, Set.of());
    }

    public List<Stage> openStages() {
        return withOutcome(StageOutcome.OPEN);
    }

    public List<Stage> wonStages() {
        return withOutcome(StageOutcome.WON);
    }

    public List<Stage> lostStages() {
        return withOutcome(StageOutcome.LOST);
    }

    private List<Stage> withOutcome(StageOutcome outcome) {
        return stages.stream().filter(s -> s.outcome() == outcome).toList();
    }

    private static Map<StageKey, Stage> indexUnique(PipelineKey key, List<Stage> stages) {
        Map<StageKey, Stage> byKey = new LinkedHashMap<>();
        for (Stage stage : stages) {
            if (byKey.put(stage.key(), stage) != null) {
                throw new InvalidPipeline(key + " has stage " + stage.key() + " twice",
                        "в воронке " + key + " этап " + stage.key() + " повторяется");
            }
        }
        return byKey;
    }

    private static void requireShape(PipelineKey key, List<Stage> stages) {
        if (stages.isEmpty() || !stages.get(0).isOpen()) {
            throw new InvalidPipeline(key + " must start with an open stage",
                    "воронка " + key + " должна начинаться с открытого этапа");
        }
        for (StageOutcome closing : List.of(StageOutcome.WON, StageOutcome.LOST)) {
            if (stages.stream().noneMatch(s -> s.outcome() == closing)) {
                throw new InvalidPipeline(key + " has no " + closing + " stage",
                        "в воронке " + key + " нет этапа с исходом " + closing);
            }
        }
    }

    private static Map<StageKey, Set<StageKey>> normalised(PipelineKey key, List<Stage> stages,
                                                         Map<StageKey, Stage> byKey,
                                                         Map<StageKey, Set<StageKey>> given) {
        Objects.requireNonNull(given, "transitions");
        for (Map.Entry<StageKey, Set<StageKey>> entry : given.entrySet()) {
            Stage from = known(key, byKey, entry.getKey());
            for (StageKey to : entry.getValue()) {
                known(key, byKey, to);
                if (!from.isOpen()) {
                    throw new InvalidPipeline(key + ": a deal cannot move on from closed stage " + from.key(),
                            key + ": из закрытого этапа " + from.key() + " переходов нет");
                }
                if (from.key().equals(to)) {
                    throw new InvalidPipeline(key + ": stage " + to + " cannot move to itself",
                            key + ": этап " + to + " не может переходить сам в себя");
                }
            }
        }
        // Stage order everywhere, so two equal definitions read and serialise the same way.
        Map<StageKey, Set<StageKey>> ordered = new LinkedHashMap<>();
        for (Stage from : stages) {
            Set<StageKey> targets = given.getOrDefault(from.key(), Set.of());
            Set<StageKey> inOrder = new LinkedHashSet<>();
            stages.stream().map(Stage::key).filter(targets::contains).forEach(inOrder::add);
            if (!inOrder.isEmpty()) {
                ordered.put(from.key(), Collections.unmodifiableSet(inOrder));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static Stage known(PipelineKey key, Map<StageKey, Stage> byKey, StageKey stageKey) {
        Stage stage = byKey.get(Objects.requireNonNull(stageKey, "stage key"));
        if (stage == null) {
            throw new InvalidPipeline(key + ": a transition names unknown stage " + stageKey,
                    key + ": переход ссылается на неизвестный этап " + stageKey);
        }
        return stage;
    }

    private static void requireNoDeadEnds(PipelineKey key, List<Stage> stages, Map<StageKey, Stage> byKey,
                                          Map<StageKey, Set<StageKey>> transitions) {
        Set<StageKey> fromFirst = reachable(stages.get(0).key(), transitions);
        for (Stage stage : stages) {
            if (!fromFirst.contains(stage.key())) {
                throw new InvalidPipeline(key + ": no deal can reach stage " + stage.key(),
                        key + ": этап " + stage.key() + " недостижим");
            }
            if (stage.isOpen() && reachable(stage.key(), transitions).stream()
                    .noneMatch(k -> byKey.get(k).outcome().isClosed())) {
                throw new InvalidPipeline(key + ": a deal in stage " + stage.key() + " can never be won or lost",
                        key + ": сделку на этапе " + stage.key() + " невозможно ни выиграть, ни проиграть");
            }
        }
    }

    private static Set<StageKey> reachable(StageKey start, Map<StageKey, Set<StageKey>> transitions) {
        Set<StageKey> seen = new HashSet<>(List.of(start));
        Deque<StageKey> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (StageKey next : transitions.getOrDefault(todo.pop(), Set.of())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    @Override
    public String toString() {
        List<String> keys = new ArrayList<>();
        stages.forEach(s -> keys.add(s.key().value()));
        return "Pipeline[" + key + ": " + String.join(", ", keys) + "]";
    }
}
