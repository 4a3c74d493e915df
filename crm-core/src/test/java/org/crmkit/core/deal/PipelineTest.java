package org.crmkit.core.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.crmkit.core.deal.DealFixtures.LEAD;
import static org.crmkit.core.deal.DealFixtures.LOST;
import static org.crmkit.core.deal.DealFixtures.NEGOTIATION;
import static org.crmkit.core.deal.DealFixtures.PROPOSAL;
import static org.crmkit.core.deal.DealFixtures.QUALIFICATION;
import static org.crmkit.core.deal.DealFixtures.WON;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void the_standard_pipeline_runs_from_lead_to_won_or_lost_with_rising_probabilities() {
        Pipeline p = Pipeline.standard();

        assertThat(p.key()).isEqualTo(PipelineKey.DEFAULT);
        assertThat(p.first().key()).isEqualTo(LEAD);
        assertThat(p.stages()).extracting(s -> s.key().value(), s -> s.defaultProbability().percent())
                .containsExactly(
                        tuple("lead", 10),
                        tuple("qualification", 25),
                        tuple("proposal", 50),
                        tuple("negotiation", 75),
                        tuple("won", 100),
                        tuple("lost", 0));
        assertThat(p.wonStages()).extracting(Stage::key).containsExactly(WON);
        assertThat(p.lostStages()).extracting(Stage::key).containsExactly(LOST);
    }

    @Test
    void in_the_standard_pipeline_an_open_stage_moves_one_step_either_way_or_closes() {
        Pipeline p = Pipeline.standard();

        assertThat(p.movesFrom(LEAD)).containsExactly(QUALIFICATION, WON, LOST);
        assertThat(p.movesFrom(PROPOSAL)).containsExactly(QUALIFICATION, NEGOTIATION, WON, LOST);
        assertThat(p.movesFrom(NEGOTIATION)).containsExactly(PROPOSAL, WON, LOST);
        assertThat(p.allows(LEAD, PROPOSAL)).as("no skipping").isFalse();
        assertThat(p.allows(WON, LEAD)).as("closed stages are left only by reopening").isFalse();
        assertThat(p.allows(LEAD, LEAD)).isFalse();
    }

    @Test
    void a_stage_is_found_by_key() {
        Pipeline p = Pipeline.standard();

        assertThat(p.stage(PROPOSAL)).map(Stage::name).contains("Proposal");
        assertThat(p.stage(StageKey.of("nowhere"))).isEmpty();
        assertThatThrownBy(() -> p.require(StageKey.of("nowhere"))).isInstanceOf(UnknownStage.class);
    }

    @Test
    void forward_and_backward_alone_closes_from_the_last_open_stage() {
        Pipeline p = Pipeline.builder(PipelineKey.of("simple"), "Simple")
                .open("a", "A", 20).open("b", "B", 70).won("yes", "Yes").lost("no", "No")
                .allowForwardAndBackward()
                .build();

        assertThat(p.transitions()).isEqualTo(Map.of(
                StageKey.of("a"), Set.of(StageKey.of("b")),
                StageKey.of("b"), Set.of(StageKey.of("a"), StageKey.of("yes"), StageKey.of("no"))));
    }

    @Test
    void two_equal_definitions_are_equal_whatever_the_order_of_transitions() {
        Pipeline one = Pipeline.builder(PipelineKey.of("p"), "P").open("a", "A", 10).won("w", "W").lost("l", "L")
                .transition("a", "w").transition("a", "l").build();
        Pipeline other = Pipeline.builder(PipelineKey.of("p"), "P").open("a", "A", 10).won("w", "W").lost("l", "L")
                .transition("a", "l").transition("a", "w").build();

        assertThat(one).isEqualTo(other);
        assertThat(one.movesFrom(StageKey.of("a"))).containsExactly(StageKey.of("w"), StageKey.of("l"));
    }

    @Test
    void a_company_can_define_its_own_pipeline() {
        Pipeline renewals = DealFixtures.renewals();

        assertThat(renewals.first().key()).isEqualTo(StageKey.of("renewal-due"));
        assertThat(renewals.wonStages()).extracting(Stage::key).containsExactly(StageKey.of("renewed"));
        assertThat(renewals.lostStages()).extracting(Stage::key).containsExactly(StageKey.of("churned"));
        assertThat(renewals.allows(StageKey.of("renewal-due"), StageKey.of("renewed"))).isFalse();
    }

    @Test
    void a_pipeline_may_have_several_won_and_lost_stages() {
        Pipeline p = base().won("won-upsell", "Won with upsell").lost("no-budget", "No budget")
                .allowClosingFromAnyOpenStage().build();

        assertThat(p.wonStages()).hasSize(2);
        assertThat(p.lostStages()).hasSize(2);
    }

    @Test
    void pipeline_construction_rejects_broken_definitions() {
        assertInvalid(base().open("a", "Again", 30).allowClosingFromAnyOpenStage(), "twice");
        assertInvalid(Pipeline.builder(PipelineKey.of("p"), "P").won("w", "W").open("a", "A", 10).lost("l", "L")
                .transition("a", "w").transition("a", "l"), "start with an open stage");
        assertInvalid(Pipeline.builder(PipelineKey.of("p"), "P"), "start with an open stage");
        assertInvalid(Pipeline.builder(PipelineKey.of("p"), "P").open("a", "A", 10).lost("l", "L")
                .allowClosingFromAnyOpenStage(), "no WON stage");
        assertInvalid(Pipeline.builder(PipelineKey.of("p"), "P").open("a", "A", 10).won("w", "W")
                .allowClosingFromAnyOpenStage(), "no LOST stage");
        assertInvalid(closable().transition("a", "ghost"), "unknown stage ghost");
        assertInvalid(closable().transition("ghost", "a"), "unknown stage ghost");
        assertInvalid(closable().transition("w", "a"), "closed stage w");
        assertInvalid(closable().transition("a", "a"), "itself");
        assertInvalid(base().open("island", "Island", 50).transition("a", "w").transition("a", "l")
                .transition("island", "w"), "reach stage island");
        assertInvalid(base().open("b", "Stuck", 50).transition("a", "b").transition("a", "w").transition("a", "l"),
                "stage b can never be won or lost");
        Pipeline valid = closable().build();
        assertThatThrownBy(() -> new Pipeline(valid.key(), " ", valid.stages(), valid.transitions()))
                .isInstanceOf(InvalidPipeline.class).hasMessageContaining("no name");
    }

    @Test
    void closing_stages_have_fixed_probabilities_and_every_stage_a_name() {
        assertThatThrownBy(() -> new Stage(StageKey.of("w"), "W", StageOutcome.WON, Probability.of(90)))
                .isInstanceOf(InvalidPipeline.class).hasMessageContaining("100%");
        assertThatThrownBy(() -> new Stage(StageKey.of("l"), "L", StageOutcome.LOST, Probability.of(5)))
                .isInstanceOf(InvalidPipeline.class).hasMessageContaining("0%");
        assertThatThrownBy(() -> Stage.open("a", "  ", 10)).isInstanceOf(InvalidPipeline.class);
    }

    @Test
    void keys_are_lower_case_slugs() {
        assertThat(StageKey.of("renewal-due").value()).isEqualTo("renewal-due");
        assertThatThrownBy(() -> StageKey.of("Renewal Due")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PipelineKey.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_definition_cannot_be_changed_from_outside() {
        Pipeline p = Pipeline.standard();

        assertThatThrownBy(() -> p.stages().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.movesFrom(LEAD).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.transitions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_invalid_pipeline_explains_itself_in_english_and_russian() {
        InvalidPipeline e = catchInvalid(closable().transition("a", "ghost"));

        assertThat(e.code()).isEqualTo("pipeline.invalid");
        assertThat(e.messageRu()).contains("ghost");
    }

    private static PipelineBuilder base() {
        return Pipeline.builder(PipelineKey.of("p"), "P").open("a", "A", 10).won("w", "W").lost("l", "L");
    }

    private static PipelineBuilder closable() {
        return base().allowClosingFromAnyOpenStage();
    }

    private static void assertInvalid(PipelineBuilder builder, String problem) {
        assertThat(catchInvalid(builder)).hasMessageContaining(problem);
    }

    private static InvalidPipeline catchInvalid(PipelineBuilder builder) {
        try {
            builder.build();
        } catch (InvalidPipeline e) {
            return e;
        }
        throw new AssertionError("expected an invalid pipeline");
    }
}
