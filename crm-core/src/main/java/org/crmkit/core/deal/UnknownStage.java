package org.crmkit.core.deal;

import org.crmkit.core.shared.DomainException;

/** A stage key that the pipeline does not define. */
public final class UnknownStage extends DomainException {
    public UnknownStage(PipelineKey pipeline, StageKey stage) {
        super("deal.stage.unknown",
                "Pipeline " + pipeline + " has no stage " + stage,
                "В воронке " + pipeline + " нет этапа " + stage);
    }
}
