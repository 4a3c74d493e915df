package org.crmkit.rules.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.crmkit.rules.BusinessDays;
import org.crmkit.rules.Combination;
import org.crmkit.rules.ConditionTrace;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleTrace;
import org.crmkit.rules.Trigger;

/**
 * The evaluation order and the two ways to run it: fast, and traced. Both decide identically.
 *
 * <p>The fast path is laid out for a loop over flat arrays: the enabled rules, their compiled conditions and
 * priorities side by side, and each rule's trigger as an index into the set's distinct triggers, so that whether a
 * trigger applies to the occasion is decided once per distinct trigger, not once per rule. It reuses a context per
 * thread, so it allocates nothing but its result.
 */
public final class CompiledRuleSet {
    private final Combination combination;
    private final CompiledRule[] ordered;
    private final Rule[] rules;
    private final Node[] conditions;
    private final int[] priorities;
    private final int[] triggerOf;
    private final Trigger[] triggers;
    private final int fieldSlots;
    private final ThreadLocal<EvalContext> contexts;

    /**
     * @param ordered    all rules, already in evaluation order (priority descending, then id)
     * @param fieldSlots how many distinct fields the conditions read ({@link Compiler#fieldSlots()})
     */
    public CompiledRuleSet(Combination combination, List<CompiledRule> ordered, int fieldSlots) {
        this.combination = combination;
        this.fieldSlots = fieldSlots;
        this.ordered = ordered.toArray(CompiledRule[]::new);
        CompiledRule[] enabled = ordered.stream().filter(CompiledRule::enabled).toArray(CompiledRule[]::new);
        this.rules = new Rule[enabled.length];
        this.conditions = new Node[enabled.length];
        this.priorities = new int[enabled.length];
        this.triggerOf = new int[enabled.length];
        Map<Trigger, Integer> distinct = new LinkedHashMap<>();
        for (int i = 0; i < enabled.length; i++) {
            rules[i] = enabled[i].rule();
            conditions[i] = enabled[i].condition();
            priorities[i] = rules[i].priority();
            triggerOf[i] = distinct.computeIfAbsent(rules[i].trigger(), trigger -> distinct.size());
        }
        this.triggers = distinct.keySet().toArray(Trigger[]::new);
        this.contexts = ThreadLocal.withInitial(() -> new EvalContext(null, null, fieldSlots, triggers.length));
    }

    /** A fresh context for evaluating one fact, with a slot for each field the rules read. */
    public EvalContext newContext(Today today, BusinessDays businessDays) {
        return new EvalContext(today, businessDays, fieldSlots, triggers.length);
    }

    /** The matched rules, in evaluation order (an immutable list). */
    public List<Rule> fire(Object fact, Occasion occasion, Today today, BusinessDays businessDays) {
        EvalContext context = contexts.get();
        if (context.inUse) {
            context = newContext(today, businessDays); // a rule's Java predicate is evaluating rules on this thread
        }
        context.acquire(today, businessDays);
        try {
            return fire(fact, occasion, context);
        } finally {
            context.release();
        }
    }

    private List<Rule> fire(Object fact, Occasion occasion, EvalContext context) {
        boolean[] applies = context.triggersApplying();
        for (int t = 0; t < triggers.length; t++) {
            applies[t] = triggers[t].appliesTo(occasion);
        }
        int winningPriority = Integer.MIN_VALUE;
        for (int i = 0; i < rules.length; i++) {
            if (combination == Combination.PRIORITY && priorities[i] < winningPriority) {
                break;
            }
            if (!applies[triggerOf[i]] || !conditions[i].test(fact, context)) {
                continue;
            }
            if (combination == Combination.FIRST) {
                return List.of(rules[i]);
            }
            if (context.matchedCount() == 0) {
                winningPriority = priorities[i];
            }
            context.match(rules[i]);
        }
        return context.matchedCount() == 0 ? List.of() : new MatchedRules(context.matchedRules());
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

    /** The matched rules as an immutable list over their own array (no second copy). */
    private static final class MatchedRules extends AbstractList<Rule> implements RandomAccess {
        private final Rule[] rules;

        MatchedRules(Rule[] rules) {
            this.rules = rules;
        }

        @Override
        public Rule get(int index) {
            return rules[index];
        }

        @Override
        public int size() {
            return rules.length;
        }
    }
}
