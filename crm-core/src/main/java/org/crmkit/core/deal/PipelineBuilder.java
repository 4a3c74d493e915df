package org.crmkit.core.deal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assembles a {@link Pipeline} stage by stage. Stages keep the order they are added in; the conveniences are
 * applied at {@link #build()}, so they cover every stage whatever the call order.
 */
public final class PipelineBuilder {
    private final PipelineKey key;
    private final String name;
    private final List<Stage> stages = new ArrayList<>();
    private final Map<StageKey, Set<StageKey>> transitions = new LinkedHashMap<>();
    private boolean forwardAndBackward;
    private boolean closingFromAnyOpenStage;

    PipelineBuilder(PipelineKey key, String name) {
        this.key = Objects.requireNonNull(key, "pipeline key");
        this.name = name;
    }

    public PipelineBuilder open(String stageKey, String stageName, int percent) {
        return stage(Stage.open(stageKey, stageName, percent));
    }

    public PipelineBuilder won(String stageKey, String stageName) {
        return stage(Stage.won(stageKey, stageName));
    }

    public PipelineBuilder lost(String stageKey, String stageName) {
        return stage(Stage.lost(stageKey, stageName));
    }

    public PipelineBuilder stage(Stage stage) {
        stages.add(Objects.requireNonNull(stage, "stage"));
        return this;
    }

    public PipelineBuilder transition(String from, String to) {
        return transition(StageKey.of(from), StageKey.of(to));
    }

    public PipelineBuilder transition(StageKey from, StageKey to) {
        transitions.computeIfAbsent(Objects.requireNonNull(from), k -> new LinkedHashSet<>())
                .add(Objects.requireNonNull(to));
        return this;
    }

    /**
     * Each open stage may move to the next and to the previous open stage (in the order added), and the last
     * open stage may move on to every won and lost stage.
     */
    public PipelineBuilder allowForwardAndBackward() {
        this.forwardAndBackward = true;
        return this;
    }

    /** Every open stage may move straight to every won and lost stage. */
    public PipelineBuilder allowClosingFromAnyOpenStage() {
        this.closingFromAnyOpenStage = true;
        return this;
    }

    /** The pipeline, or {@link InvalidPipeline} when the definition is broken. */
    public Pipeline build() {
        List<StageKey> open = stages.stream().filter(Stage::isOpen).map(Stage::key).toList();
        List<StageKey> closed = stages.stream().filter(s -> !s.isOpen()).map(Stage::key).toList();
        if (forwardAndBackward && !open.isEmpty()) {
            for (int i = 0; i + 1 < open.size(); i++) {
                transition(open.get(i), open.get(i + 1));
                transition(open.get(i + 1), open.get(i));
            }
            closed.forEach(c -> transition(open.get(open.size() - 1), c));
        }
        if (closingFromAnyOpenStage) {
            open.forEach(o -> closed.forEach(c -> transition(o, c)));
        }
        return new Pipeline(key, name, stages, transitions);
    }
}
