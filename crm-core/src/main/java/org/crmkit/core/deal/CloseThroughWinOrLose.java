package org.crmkit.core.deal;

import org.crmkit.core.shared.IllegalTransition;

/**
 * {@link Deal#advanceTo} was aimed at a won or lost stage: closing goes through {@link Deal#win} or
 * {@link Deal#lose}, so that a lost deal always says why.
 */
public final class CloseThroughWinOrLose extends IllegalTransition {
    public CloseThroughWinOrLose(DealId deal, StageKey stage) {
        super("deal.stage.close-through-win-or-lose",
                "Deal " + deal + " cannot simply advance to closing stage " + stage + "; win or lose it",
                "Сделку " + deal + " нельзя просто перевести на завершающий этап " + stage
                        + "; отметьте её выигранной или проигранной");
    }
}
