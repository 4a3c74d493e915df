package org.crmkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of evaluating a rule set on one fact: the matched rules and the effects they ask for, and,
 * when asked for, the trace. Evaluating never changes anything — every evaluation is a dry run; the
 * application decides whether to apply the effects.
 */
public final class Evaluation {
    private final List<Rule> matched;
    private final Trace trace;

    Evaluation(List<Rule> matched, Trace trace) {
        this.matched = matched;
        this.trace = trace;
    }

    /** The matched rules in evaluation order. */
    public List<Rule> matchedRules() {
        return matched;
    }

    /** The effects of the matched rules, in evaluation order. */
    public List<Effect> effects() {
        if (matched.size() <= 1) {
            return matched.isEmpty() ? List.of() : matched.get(0).effects();
        }
        List<Effect> effects = new ArrayList<>();
        matched.forEach(rule -> effects.addAll(rule.effects()));
        return effects;
    }

    public <E extends Effect> List<E> effects(Class<E> type) {
        return effects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<Effect.Violation> violations() {
        return effects(Effect.Violation.class);
    }

    /** Whether a matched rule asks to stop the operation (a Block, or any Violation). */
    public boolean rejects() {
        return effects().stream().anyMatch(effect -> effect instanceof Effect.Block || effect instanceof Effect.Violation);
    }

    public boolean matched(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        return matched.stream().anyMatch(rule -> rule.id().equals(id));
    }

    /** Present when the evaluation was traced ({@link RuleEngine#evaluateTraced}). */
    public Optional<Trace> trace() {
        return Optional.ofNullable(trace);
    }

    @Override
    public String toString() {
        return "Evaluation" + matched.stream().map(rule -> rule.id().toString()).toList();
    }
}
