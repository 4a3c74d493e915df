package org.crmkit.core.deal;

import org.crmkit.core.shared.DomainException;

/** A pipeline key that the company has not defined. */
public final class UnknownPipeline extends DomainException {
    public UnknownPipeline(PipelineKey pipeline) {
        super("pipeline.unknown", "There is no pipeline " + pipeline, "Воронки " + pipeline + " нет");
    }
}
