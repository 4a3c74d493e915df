package org.crmkit.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmkit.rules.internal.Today;

/**
 * Evaluates rule sets against facts, with the clock that says what "today" is and the business-day
 * calendar. Thread-safe and stateless between calls; evaluation has no side effects.
 */
public final class RuleEngine {
    private final Today today;
    private final BusinessDays businessDays;

    private RuleEngine(Clock clock, BusinessDays businessDays) {
        this.today = new Today(Objects.requireNonNull(clock, "clock"));
        this.businessDays = Objects.requireNonNull(businessDays, "business days");
    }

    /** Business days are Monday to Friday. */
    public static RuleEngine create(Clock clock) {
        return new RuleEngine(clock, BusinessDays.mondayToFriday());
    }

    public static RuleEngine create(Clock clock, BusinessDays businessDays) {
        return new RuleEngine(clock, businessDays);
    }

    /** The fast path: no trace, and nothing allocated but the result (and what the schema's accessors allocate). */
    public <T> Evaluation evaluate(RuleSet<T> ruleSet, T fact, Occasion occasion) {
        return new Evaluation(ruleSet.compiled().fire(fact, occasion, today, businessDays), null);
    }

    /** The same decision, with a trace of every rule and condition node. */
    public <T> Evaluation evaluateTraced(RuleSet<T> ruleSet, T fact, Occasion occasion) {
        List<Rule> matched = new ArrayList<>();
        List<RuleTrace> rules = ruleSet.compiled().trace(fact, occasion, ruleSet.compiled().newContext(today, businessDays), matched);
        Trace trace = new Trace(ruleSet.id() + " v" + ruleSet.version(), ruleSet.contentHash(), ruleSet.combination(),
                occasion, rules);
        return new Evaluation(List.copyOf(matched), trace);
    }
}
