package org.crmkit.rules.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.rules.BusinessDays;
import org.crmkit.rules.Combination;
import org.crmkit.rules.ConditionTrace;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleTrace;

/** The evaluation order and the two ways to run it: fast, and traced. Both decide identically. */
public final class CompiledRuleSet {
    private final Combination combination;
    private final CompiledRule[] ordered;
    private final CompiledRule[] enabled;
    private final int fieldSlots;

    /**
     * @param ordered    all rules, already in evaluation order (priority descending, then id)
     * @param fieldSlots how many distinct fields the conditions read ({@link Compiler#fieldSlots()})
     */
    public CompiledRuleSet(Combination combination, List<CompiledRule> ordered, int fieldSlots) {
        this.combination = combination;
        this.fieldSlots = fieldSlots;
        this.ordered = ordered.toArray(CompiledRule[]::new);
        this.enabled = ordered.stream().filter(CompiledRule::enabled).toArray(CompiledRule[]::new);
    }

    /** A fresh context for evaluating one fact, with a slot for each field the rules read. */
    public EvalContext newContext(Clock clock, BusinessDays businessDays) {
        return new EvalContext(clock, businessDays, fieldSlots);
    }

    /** The matched rules, in evaluation order. */
    public List<Rule> fire(Object fact, Occasion occasion, EvalContext context) {
        List<Rule> matched = null;
        int winningPriority = Integer.MIN_VALUE;
        for (CompiledRule compiled : enabled) {
            Rule rule = compiled.rule();
            if (matched != null && combination == Combination.PRIORITY && rule.priority() < winningPriority) {
                break;
            }
            if (!rule.trigger().appliesTo(occasion) || !compiled.condition().test(fact, context)) {
                continue;
            }
            if (combination == Combination.FIRST) {
                return List.of(rule);
            }
            if (matched == null) {
                matched = new ArrayList<>(4);
                winningPriority = rule.priority();
            }
            matched.add(rule);
        }
        return matched == null ? List.of() : matched;
    }

    public List<RuleTrace> trace(Object fact, Occasion occasion, EvalContext context, List<Rule> matchedInto) {
        List<RuleTrace> traces = new ArrayList<>(ordered.length);
        Integer winningPriority = null;
        for (CompiledRule compiled : ordered) {
            Rule rule = compiled.rule();
            if (!compiled.enabled()) {
                traces.add(RuleTrace.skipped(rule.id(), rule.priority(), "disabled: " + compiled.disabledBecause()));
            } else if (!rule.trigger().appliesTo(occasion)) {
                traces.add(RuleTrace.skipped(rule.id(), rule.priority(), RuleTrace.TRIGGER_DID_NOT_APPLY + " (" + rule.trigger() + ")"));
            } else if (winningPriority != null && combination == Combination.FIRST) {
                traces.add(RuleTrace.skipped(rule.id(), rule.priority(), RuleTrace.FIRST_ALREADY_MATCHED));
            } else if (winningPriority != null && combination == Combination.PRIORITY && rule.priority() < winningPriority) {
                traces.add(RuleTrace.skipped(rule.id(), rule.priority(),
                        "outranked: a rule of priority " + winningPriority + " matched (PRIORITY)"));
            } else {
                ConditionTrace condition = compiled.condition().trace(fact, context);
                boolean matched = condition.isTrue();
                traces.add(new RuleTrace(rule.id(), rule.priority(),
                        matched ? RuleTrace.Status.MATCHED : RuleTrace.Status.NOT_MATCHED, "", condition));
                if (matched) {
                    matchedInto.add(rule);
                    if (winningPriority == null) {
                        winningPriority = rule.priority();
                    }
                }
            }
        }
        return traces;
    }
}
