package org.crmkit.rules.service;

import org.crmkit.rules.Condition;
import org.crmkit.rules.Operand;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleSet;

/**
 * What escalation rules read beyond a claim's own state, which decides when the sweep may skip a claim whose SLA
 * states have not changed: a claim's facts are a function of the claim (its version), its milestone states, its
 * consumed percent and the client's segment, and the rules' effects are idempotent given the same facts.
 */
enum EscalationInputs {
    /** Only the claim and its milestone states: unchanged claim and states, nothing new to do. */
    STATES,
    /** Also the consumed percent, which grows while a clock runs: each new whole percent counts as a change. */
    PERCENT,
    /**
     * Something the claim's version does not track (the client's segment, today's date, a Java predicate): every
     * claim at WARNING or VIOLATED is acted on at every run, as without a memo.
     */
    ANYTHING;

    static EscalationInputs of(RuleSet<ClaimSlaFacts> rules) {
        EscalationInputs reads = STATES;
        for (Rule rule : rules.rules()) {
            reads = wider(reads, of(rule.when()));
        }
        return reads;
    }

    private static EscalationInputs of(Condition condition) {
        if (condition instanceof Condition.Compare c) {
            return wider(of(c.left()), of(c.right()));
        }
        if (condition instanceof Condition.In in) {
            return in.options().stream().map(EscalationInputs::of).reduce(of(in.value()), EscalationInputs::wider);
        }
        if (condition instanceof Condition.InList in) {
            return wider(of(in.value()), of(in.list()));
        }
        if (condition instanceof Condition.Between b) {
            return wider(of(b.value()), wider(of(b.low()), of(b.high())));
        }
        if (condition instanceof Condition.And and) {
            return and.all().stream().map(EscalationInputs::of).reduce(STATES, EscalationInputs::wider);
        }
        if (condition instanceof Condition.Or or) {
            return or.any().stream().map(EscalationInputs::of).reduce(STATES, EscalationInputs::wider);
        }
        if (condition instanceof Condition.Not not) {
            return of(not.negated());
        }
        if (condition instanceof Condition.Exists exists) {
            return of(exists.field());
        }
        // Always reads nothing; a Java predicate (or a condition kind added later) may read anything
        return condition == Condition.Always.INSTANCE ? STATES : ANYTHING;
    }

    private static EscalationInputs of(Operand operand) {
        if (operand instanceof Operand.FieldRef field) {
            return switch (field.name()) {
                case "consumedPercent" -> PERCENT;
                case "segment" -> ANYTHING;
                default -> STATES;
            };
        }
        // a parameter or a literal is fixed; today, or a date shifted from it, moves with the clock
        return operand instanceof Operand.Param || operand instanceof Operand.Literal ? STATES : ANYTHING;
    }

    private static EscalationInputs wider(EscalationInputs a, EscalationInputs b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
