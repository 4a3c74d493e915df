package org.crmkit.core.deal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/** Ready-made deals, pipelines, gates and stamps for deal tests (to move to crm-testkit). */
public final class DealFixtures {
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    public static final EmployeeId ALICE = EmployeeId.of("0195a000-0000-7000-8000-00000000a11c");
    public static final EmployeeId BOB = EmployeeId.of("0195a000-0000-7000-8000-000000000b0b");
    public static final DepartmentId SALES = DepartmentId.of("0195a000-0000-7000-8000-0000000005a1");
    public static final DepartmentId KEY_ACCOUNTS = DepartmentId.of("0195a000-0000-7000-8000-00000000ca11");
    public static final ClientId ACME = ClientId.of("0195a000-0000-7000-8000-00000000ac3e");

    public static final StageKey LEAD = StageKey.of("lead");
    public static final StageKey QUALIFICATION = StageKey.of("qualification");
    public static final StageKey PROPOSAL = StageKey.of("proposal");
    public static final StageKey NEGOTIATION = StageKey.of("negotiation");
    public static final StageKey WON = StageKey.of("won");
    public static final StageKey LOST = StageKey.of("lost");

    private DealFixtures() {
    }

    /** Alice acting {@code minutes} after {@link #T0}. */
    public static Stamp at(int minutes) {
        return Stamp.of(ALICE, T0.plus(Duration.ofMinutes(minutes)));
    }

    public static Stamp by(EmployeeId who, int minutes) {
        return Stamp.of(who, T0.plus(Duration.ofMinutes(minutes)));
    }

    public static Pipeline standard() {
        return Pipeline.standard();
    }

    /** A second pipeline a company might define: renewal-due → quoted → renewed (won) / churned (lost). */
    public static Pipeline renewals() {
        return Pipeline.builder(PipelineKey.of("renewals"), "Renewals")
                .open("renewal-due", "Renewal due", 60)
                .open("quoted", "Quoted", 80)
                .won("renewed", "Renewed")
                .lost("churned", "Churned")
                .transition("renewal-due", "quoted")
                .transition("quoted", "renewal-due")
                .transition("quoted", "renewed")
                .transition("renewal-due", "churned")
                .transition("quoted", "churned")
                .build();
    }

    /** A fresh deal for ACME in the lead stage of the standard pipeline, owned by Alice in Sales. */
    public static Deal aDeal() {
        return aDealIn(standard());
    }

    public static Deal aDealIn(Pipeline pipeline) {
        Deal deal = Deal.open(DealId.newId(), ACME, "Pumps for the new plant", pipeline, ALICE, SALES, at(0));
        deal.pullEvents();
        return deal;
    }

    /** A deal already lost in the standard pipeline. */
    public static Deal aLostDeal() {
        Deal deal = aDeal();
        deal.lose(LOST, "Chose a cheaper supplier", standard(), StageGate.OPEN, at(5));
        deal.pullEvents();
        return deal;
    }

    public static GateViolation amountRequired() {
        return new GateViolation("deal.amount.required", "amount", "An amount is required", "Нужна сумма сделки");
    }

    /** A gate that refuses every move with the given violations. */
    public static StageGate blocking(GateViolation... violations) {
        return (deal, from, to) -> GateDecision.blocked(List.of(violations),
                "rule 'amount before proposal' saw no amount on the way " + from.key() + " → " + to.key());
    }
}
