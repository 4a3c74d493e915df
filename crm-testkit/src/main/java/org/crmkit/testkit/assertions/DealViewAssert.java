package org.crmkit.testkit.assertions;

import org.assertj.core.api.AbstractObjectAssert;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.shared.Money;

/** Assertions on what a session sees of a deal: its stage and outcome, and how much of its amount is shown. */
public final class DealViewAssert extends AbstractObjectAssert<DealViewAssert, DealView> {
    DealViewAssert(DealView actual) {
        super(actual, DealViewAssert.class);
    }

    public DealViewAssert isWon() {
        return hasStatus(DealStatus.WON);
    }

    public DealViewAssert isLost() {
        return hasStatus(DealStatus.LOST);
    }

    public DealViewAssert isOpen() {
        return hasStatus(DealStatus.OPEN);
    }

    public DealViewAssert hasStatus(DealStatus status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("expected deal <%s> to be %s but it is %s at stage <%s>", actual.title(), status,
                    actual.status(), actual.stage());
        }
        return this;
    }

    /** The deal stands at the stage with this key ({@code "proposal"}). */
    public DealViewAssert isAtStage(String stage) {
        isNotNull();
        if (!actual.stage().equals(stage)) {
            failWithMessage("expected deal <%s> at stage <%s> but it is at <%s>", actual.title(), stage,
                    actual.stage());
        }
        return this;
    }

    /** The amount is shown in full and equals this one. */
    public DealViewAssert hasAmount(Money amount) {
        isNotNull();
        if (actual.amount() == null || actual.amount().compareTo(amount) != 0) {
            failWithMessage("expected deal <%s> to show amount %s but it shows <%s> (%s)", actual.title(), amount,
                    actual.amount(), actual.amountShown());
        }
        return this;
    }

    /** The reader sees that there is an amount and its currency, not the figure ({@code *** RUB}). */
    public DealViewAssert hasAmountMasked() {
        isNotNull();
        if (actual.amount() != null || actual.amountShown() == null || !actual.amountShown().startsWith("***")) {
            failWithMessage("expected the amount of deal <%s> masked but it shows <%s> / <%s>", actual.title(),
                    actual.amount(), actual.amountShown());
        }
        return this;
    }

    /** The reader learns nothing of the amount. */
    public DealViewAssert hasAmountHidden() {
        isNotNull();
        if (actual.amount() != null || actual.amountShown() != null) {
            failWithMessage("expected the amount of deal <%s> hidden but it shows <%s> / <%s>", actual.title(),
                    actual.amount(), actual.amountShown());
        }
        return this;
    }
}
