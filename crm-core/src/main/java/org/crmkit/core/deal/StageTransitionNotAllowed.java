package org.crmkit.core.deal;

import org.crmkit.core.shared.IllegalTransition;

/** The pipeline has no move from the deal's current stage to the requested one. */
public final class StageTransitionNotAllowed extends IllegalTransition {
    public StageTransitionNotAllowed(DealId deal, StageKey from, StageKey to) {
        super("deal.stage.transition-not-allowed", "Deal", deal, from, to);
    }
}
