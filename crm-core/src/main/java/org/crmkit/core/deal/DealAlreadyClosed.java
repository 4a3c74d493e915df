package org.crmkit.core.deal;

import org.crmkit.core.shared.IllegalTransition;

/** A won or lost deal does not move or change its forecast until it is reopened. */
public final class DealAlreadyClosed extends IllegalTransition {
    public DealAlreadyClosed(DealId deal, DealStatus status) {
        super("deal.already-closed",
                "Deal " + deal + " is already closed (" + status + "); reopen it first",
                "Сделка " + deal + " уже закрыта (" + status + "); сначала откройте её заново");
    }
}
