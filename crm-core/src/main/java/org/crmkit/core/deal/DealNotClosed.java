package org.crmkit.core.deal;

import org.crmkit.core.shared.IllegalTransition;

/** Only a won or lost deal can be reopened. */
public final class DealNotClosed extends IllegalTransition {
    public DealNotClosed(DealId deal) {
        super("deal.not-closed", "Deal " + deal + " is still open", "Сделка " + deal + " ещё не закрыта");
    }
}
