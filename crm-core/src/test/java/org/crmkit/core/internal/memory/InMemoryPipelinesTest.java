package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.crmkit.core.deal.DealFixtures;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.UnknownPipeline;
import org.junit.jupiter.api.Test;

class InMemoryPipelinesTest {

    @Test
    void the_standard_pipeline_is_always_there() {
        InMemoryPipelines pipelines = new InMemoryPipelines();

        assertThat(pipelines.standard()).isEqualTo(Pipeline.standard());
        assertThat(pipelines.all()).containsExactly(Pipeline.standard());
    }

    @Test
    void a_company_registers_its_own_pipelines_and_may_replace_the_default() {
        Pipeline ownDefault = Pipeline.builder(PipelineKey.DEFAULT, "Our sales")
                .open("new", "New", 5).won("won", "Won").lost("lost", "Lost").allowForwardAndBackward().build();
        InMemoryPipelines pipelines = new InMemoryPipelines(List.of(DealFixtures.renewals()));

        assertThat(pipelines.find(PipelineKey.of("renewals"))).contains(DealFixtures.renewals());
        assertThat(pipelines.all()).extracting(p -> p.key().value()).containsExactly("default", "renewals");

        pipelines.register(ownDefault);
        assertThat(pipelines.standard()).isEqualTo(ownDefault);
    }

    @Test
    void an_unknown_pipeline_is_a_named_error() {
        assertThat(new InMemoryPipelines().find(PipelineKey.of("nope"))).isEmpty();
        assertThatThrownBy(() -> new InMemoryPipelines().get(PipelineKey.of("nope")))
                .isInstanceOf(UnknownPipeline.class).extracting("code").isEqualTo("pipeline.unknown");
    }
}
