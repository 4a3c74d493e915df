package org.crmkit.core.deal;

import java.util.Objects;

/**
 * One step of a pipeline: its key, display name, what reaching it means, and the probability a deal gets on
 * entering it. A won stage is always 100% and a lost stage 0%, so forecasts never count closed deals wrongly.
 */
public record Stage(StageKey key, String name, StageOutcome outcome, Probability defaultProbability) {
    public Stage {
        Objects.requireNonNull(key, "stage key");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(defaultProbability, "default probability");
        if (name == null || name.isBlank()) {
            throw new InvalidPipeline("stage " + key + " has no name", "у этапа " + key + " нет названия");
        }
        name = name.strip();
        if (outcome == StageOutcome.WON && !defaultProbability.equals(Probability.CERTAIN)) {
            throw new InvalidPipeline("won stage " + key + " must have 100% probability",
                    "у этапа выигрыша " + key + " вероятность должна быть 100%");
        }
        if (outcome == StageOutcome.LOST && !defaultProbability.equals(Probability.ZERO)) {
            throw new InvalidPipeline("lost stage " + key + " must have 0% probability",
                    "у этапа проигрыша " + key + " вероятность должна быть 0%");
        }
    }

    public static Stage open(String key, String name, int percent) {
        return new Stage(StageKey.of(key), name, StageOutcome.OPEN, Probability.of(percent));
    }

    public static Stage won(String key, String name) {
        return new Stage(StageKey.of(key), name, StageOutcome.WON, Probability.CERTAIN);
    }

    public static Stage lost(String key, String name) {
        return new Stage(StageKey.of(key), name, StageOutcome.LOST, Probability.ZERO);
    }

    public boolean isOpen() {
        return outcome == StageOutcome.OPEN;
    }
}
