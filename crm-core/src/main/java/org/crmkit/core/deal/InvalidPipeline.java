package org.crmkit.core.deal;

import org.crmkit.core.shared.DomainException;

/**
 * A pipeline definition is broken (duplicate stages, no way to close, transitions to unknown stages, ...).
 * Pipelines come from each company's configuration, so the error names the problem in the admin's words.
 */
public final class InvalidPipeline extends DomainException {
    public InvalidPipeline(String problemEn, String problemRu) {
        super("pipeline.invalid", "Invalid pipeline: " + problemEn, "Ошибка в воронке: " + problemRu);
    }
}
