package org.crmkit.rules;

import java.util.List;

/** A rule set did not load; carries every problem found, not only the first. */
public final class RuleLoadException extends DocumentLoadException {
    private final String ruleSet;

    public RuleLoadException(String ruleSet, List<LoadProblem> problems) {
        super("rules.load-failed", "rule set '" + ruleSet + "'", "набор правил '" + ruleSet + "' не загружен", problems);
        this.ruleSet = ruleSet;
    }

    public String ruleSet() {
        return ruleSet;
    }
}
