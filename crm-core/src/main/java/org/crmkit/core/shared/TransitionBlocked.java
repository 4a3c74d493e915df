package org.crmkit.core.shared;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A company guard refused a status move that the aggregate itself would allow (e.g. a company that does not let a
 * claim be rejected before it is reviewed). Nothing was stored; the decision says which rules failed and why.
 */
public final class TransitionBlocked extends IllegalTransition {
    private final transient GuardDecision decision;
    private final Object id;

    public TransitionBlocked(String aggregate, Object id, Object from, Object to, GuardDecision decision) {
        super("transition.blocked",
                aggregate + " " + id + " cannot move from " + from + " to " + to + ": "
                        + joined(decision, GuardDecision.Violation::messageEn),
                aggregate + " " + id + ": переход из " + from + " в " + to + " запрещён: "
                        + joined(decision, GuardDecision.Violation::messageRu),
                aggregate, from, to);
        this.decision = decision;
        this.id = id;
    }

    private static String joined(GuardDecision decision, Function<GuardDecision.Violation, String> message) {
        return decision.violations().stream().map(message).collect(Collectors.joining("; "));
    }

    public GuardDecision decision() {
        return decision;
    }

    /** The id of the aggregate whose move was refused. */
    public Object id() {
        return id;
    }
}
