package org.crmkit.core.application.deals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crmkit.core.deal.DealId;

/**
 * Win, lose or reopen a deal. The stage may be left out when the pipeline has one stage of that kind (its won
 * stage, its lost stage, its first stage for a reopen). Losing and reopening need a reason.
 */
public record CloseDeal(@NotNull DealId deal, @Pattern(regexp = "[a-z][a-z0-9-]*") String stage,
                        @Size(max = 1000) String reason) {
    public static CloseDeal win(DealId deal) {
        return new CloseDeal(deal, null, null);
    }

    public static CloseDeal lose(DealId deal, String reason) {
        return new CloseDeal(deal, null, reason);
    }

    public static CloseDeal reopen(DealId deal, String stage, String reason) {
        return new CloseDeal(deal, stage, reason);
    }
}
