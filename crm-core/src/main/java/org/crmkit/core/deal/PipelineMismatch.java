package org.crmkit.core.deal;

import org.crmkit.core.shared.DomainException;

/** A deal was asked to move along a pipeline it does not belong to. */
public final class PipelineMismatch extends DomainException {
    public PipelineMismatch(DealId deal, PipelineKey dealsPipeline, PipelineKey given) {
        super("deal.pipeline.mismatch",
                "Deal " + deal + " is in pipeline " + dealsPipeline + ", not " + given,
                "Сделка " + deal + " ведётся в воронке " + dealsPipeline + ", а не " + given);
    }
}
