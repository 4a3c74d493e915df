package org.crmkit.rules.process.verify;

import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageKey;

/**
 * Verifies a deal pipeline as a state machine whose terminal classes are {@code won} and {@code lost}. A
 * {@link Pipeline} already refuses stages that can be neither won nor lost; this goes further and reports,
 * with the run of stages that leads there, every open stage from which a deal can no longer be won, or no
 * longer be lost (a deal nobody can give up on is stuck in the forecast for ever).
 */
public final class PipelineVerifier {
    private PipelineVerifier() {
    }

    public static VerificationReport verify(Pipeline pipeline) {
        return TransitionGraphVerifier.verify(asTransitionGraph(pipeline));
    }

    /** The pipeline as a generic transitions table, stages in pipeline order. */
    public static TransitionGraph<StageKey> asTransitionGraph(Pipeline pipeline) {
        TransitionGraph.Builder<StageKey> graph = TransitionGraph.<StageKey>builder("pipeline " + pipeline.key())
                .initial(pipeline.first().key())
                .terminal("won", pipeline.wonStages().stream().map(Stage::key).toArray(StageKey[]::new))
                .terminal("lost", pipeline.lostStages().stream().map(Stage::key).toArray(StageKey[]::new))
                .transitions(pipeline.transitions());
        pipeline.stages().forEach(stage -> graph.states(stage.key()));
        return graph.build();
    }
}
