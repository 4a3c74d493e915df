package org.crmkit.core.deal;

import org.crmkit.core.shared.IllegalTransition;

/** Win needs a won stage, lose a lost stage, reopen an open stage: the stage given has another outcome. */
public final class StageOutcomeMismatch extends IllegalTransition {
    public StageOutcomeMismatch(DealId deal, Stage stage, StageOutcome expected) {
        super("deal.stage.outcome-mismatch",
                "Deal " + deal + ": stage " + stage.key() + " is " + stage.outcome() + ", expected " + expected,
                "Сделка " + deal + ": этап " + stage.key() + " имеет исход " + stage.outcome() + ", нужен "
                        + expected);
    }
}
