package org.crmkit.rules.pipeline;

import java.util.List;
import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.LoadProblem;

/**
 * A company's pipelines (or a transition policy) did not load: carries every problem found, each with the JSON
 * path into the submitted document and the same codes as the rule loader ({@link LoadProblem}). The message lists
 * them as {@code path: message [CODE]}, one per line.
 */
public final class DefinitionLoadException extends DomainException {
    private final String definition;
    private final List<LoadProblem> problems;

    public DefinitionLoadException(String definition, List<LoadProblem> problems) {
        super("pipelines.load-failed",
                "'" + definition + "' did not load (" + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + "):\n" + render(problems),
                "'" + definition + "' не загружено (ошибок: " + problems.size() + "):\n" + render(problems));
        this.definition = definition;
        this.problems = List.copyOf(problems);
    }

    /** What was loaded, e.g. {@code pipelines of acme}. */
    public String definition() {
        return definition;
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
