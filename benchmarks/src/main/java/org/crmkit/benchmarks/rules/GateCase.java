package org.crmkit.benchmarks.rules;

import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageKey;
import org.crmkit.rules.Occasion;

/** One stage move to decide: a deal, standing in {@code from}, asked to move to {@code to} in its pipeline. */
public record GateCase(Deal deal, Pipeline pipeline, String from, String to, Stage fromStage, Stage toStage,
                       Occasion move) {
    public static GateCase of(Deal deal, Pipeline pipeline, String from, String to) {
        return new GateCase(deal, pipeline, from, to, pipeline.require(StageKey.of(from)),
                pipeline.require(StageKey.of(to)), Occasion.stageTransition(from, to));
    }
}
