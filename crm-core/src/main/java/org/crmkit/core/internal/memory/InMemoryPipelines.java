package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Pipelines;

/**
 * In-memory {@link Pipelines}. It always knows {@link Pipeline#standard()} unless given its own {@code default}
 * pipeline; registering a pipeline under a known key replaces that definition.
 */
public final class InMemoryPipelines implements Pipelines {
    private final ConcurrentHashMap<PipelineKey, Pipeline> pipelines = new ConcurrentHashMap<>();

    public InMemoryPipelines() {
        this(List.of());
    }

    public InMemoryPipelines(List<Pipeline> definitions) {
        register(Pipeline.standard());
        definitions.forEach(this::register);
    }

    public void register(Pipeline pipeline) {
        pipelines.put(pipeline.key(), Objects.requireNonNull(pipeline, "pipeline"));
    }

    @Override
    public Optional<Pipeline> find(PipelineKey key) {
        return Optional.ofNullable(pipelines.get(key));
    }

    @Override
    public List<Pipeline> all() {
        return pipelines.values().stream().sorted(Comparator.comparing(p -> p.key().value())).toList();
    }
}
