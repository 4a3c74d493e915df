package org.crmkit.core.deal;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.crmkit.core.shared.DomainException;

/** The company's stage gate refused a move; the decision says which rules failed and why. */
public final class StageMoveBlocked extends DomainException {
    private final transient GateDecision decision;
    private final StageKey from;
    private final StageKey to;

    public StageMoveBlocked(DealId deal, StageKey from, StageKey to, GateDecision decision) {
        super("deal.stage.blocked",
                "Deal " + deal + " cannot move from " + from + " to " + to + ": "
                        + joined(decision, GateViolation::messageEn),
                "Сделку " + deal + " нельзя перевести из " + from + " в " + to + ": "
                        + joined(decision, GateViolation::messageRu));
        this.decision = decision;
        this.from = from;
        this.to = to;
    }

    private static String joined(GateDecision decision, Function<GateViolation, String> message) {
        return decision.violations().stream().map(message).collect(Collectors.joining("; "));
    }

    public GateDecision decision() {
        return decision;
    }

    public StageKey from() {
        return from;
    }

    public StageKey to() {
        return to;
    }
}
