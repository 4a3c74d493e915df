package org.crmkit.rules.pipeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Pipelines;
import org.crmkit.core.deal.StageGate;

/**
 * A company's pipelines (new business, renewals, ...) with the stage gate of each. It is a {@link Pipelines} port
 * itself, can register its pipelines into another one ({@code registerInto(inMemoryPipelines::register)}), and
 * gives one {@link StageGate} for the whole CRM that dispatches on the deal's pipeline key; a deal in a pipeline
 * the company did not define here (e.g. the built-in standard one) passes every gate.
 * Read from JSON with {@link PipelinesJson}, or assembled in Java with {@link #builder(String)}.
 */
public final class CompanyPipelines implements Pipelines {
    private final String company;
    private final Map<PipelineKey, Pipeline> pipelines;
    private final Map<PipelineKey, StageGate> gates;

    private CompanyPipelines(String company, Map<PipelineKey, Pipeline> pipelines, Map<PipelineKey, StageGate> gates) {
        this.company = company;
        this.pipelines = Map.copyOf(pipelines);
        this.gates = Map.copyOf(gates);
    }

    public static Builder builder(String company) {
        return new Builder(company);
    }

    /** The company's namespace ({@code acme}). */
    public String company() {
        return company;
    }

    @Override
    public Optional<Pipeline> find(PipelineKey key) {
        return Optional.ofNullable(pipelines.get(key));
    }

    @Override
    public List<Pipeline> all() {
        return pipelines.values().stream().sorted(Comparator.comparing(p -> p.key().value())).toList();
    }

    /** The gate of one pipeline ({@link StageGate#OPEN} when it has no gate rules). */
    public StageGate gateOf(PipelineKey key) {
        if (!pipelines.containsKey(key)) {
            throw new org.crmkit.core.deal.UnknownPipeline(key);
        }
        return gates.getOrDefault(key, StageGate.OPEN);
    }

    /** One gate for the CRM: the gate of the deal's pipeline. */
    public StageGate gate() {
        return (deal, from, to) -> gates.getOrDefault(deal.pipeline(), StageGate.OPEN).check(deal, from, to);
    }

    /** Hands every pipeline to a registry, e.g. {@code InMemoryPipelines::register}. */
    public void registerInto(Consumer<Pipeline> registry) {
        all().forEach(registry);
    }

    /** Assembles company pipelines in Java; a pipeline added twice is refused. */
    public static final class Builder {
        private final String company;
        private final Map<PipelineKey, Pipeline> pipelines = new LinkedHashMap<>();
        private final Map<PipelineKey, StageGate> gates = new LinkedHashMap<>();

        private Builder(String company) {
            this.company = Objects.requireNonNull(company, "company");
        }

        public Builder pipeline(Pipeline pipeline, StageGate gate) {
            if (pipelines.putIfAbsent(pipeline.key(), pipeline) != null) {
                throw new IllegalArgumentException("pipeline " + pipeline.key() + " is defined twice");
            }
            gates.put(pipeline.key(), Objects.requireNonNull(gate, "gate"));
            return this;
        }

        public CompanyPipelines build() {
            return new CompanyPipelines(company, pipelines, gates);
        }
    }
}
