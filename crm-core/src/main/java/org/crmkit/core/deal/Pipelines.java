package org.crmkit.core.deal;

import java.util.List;
import java.util.Optional;

/** The company's pipeline definitions, keyed by {@link PipelineKey}; crm-rules supplies them from configuration. */
public interface Pipelines {
    Optional<Pipeline> find(PipelineKey key);

    /** Every pipeline, ordered by key. */
    List<Pipeline> all();

    /** The pipeline with this key, or {@link UnknownPipeline}. */
    default Pipeline get(PipelineKey key) {
        return find(key).orElseThrow(() -> new UnknownPipeline(key));
    }

    /** The company's default pipeline (key {@code default}). */
    default Pipeline standard() {
        return get(PipelineKey.DEFAULT);
    }
}
