package org.crmkit.rules;

import java.util.List;
import org.crmkit.core.shared.DomainException;

/** A rule set did not load; carries every problem found, not only the first. */
public final class RuleLoadException extends DomainException {
    private final String ruleSet;
    private final List<LoadProblem> problems;

    public RuleLoadException(String ruleSet, List<LoadProblem> problems) {
        super("rules.load-failed",
                "rule set '" + ruleSet + "' did not load (" + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + "):\n" + render(problems),
                "набор правил '" + ruleSet + "' не загружен (ошибок: " + problems.size() + "):\n" + render(problems));
        this.ruleSet = ruleSet;
        this.problems = List.copyOf(problems);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    public List<LoadProblem> problems(LoadProblem.Code code) {
        return problems.stream().filter(problem -> problem.code() == code).toList();
    }

    private static String render(List<LoadProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (LoadProblem problem : problems) {
            text.append("  ").append(problem).append('\n');
        }
        return text.toString();
    }
}
