package org.crmkit.rules;

import java.util.List;
import org.crmkit.core.shared.DomainException;

/**
 * A JSON document (a rule set, a company's pipelines, a transition policy) did not load: carries every problem found,
 * not only the first, each with its JSON path into the submitted document and a {@link LoadProblem.Code}. The message
 * names the document and lists the problems as {@code path: message [CODE]}, one per line, in English and Russian.
 * Catch this type to handle any of them alike; catch {@link RuleLoadException} or
 * {@link org.crmkit.rules.pipeline.DefinitionLoadException} for one kind.
 */
public abstract class DocumentLoadException extends DomainException {
    private final List<LoadProblem> problems;

    /**
     * @param code       the stable code of the failure, e.g. {@code rules.load-failed}
     * @param documentEn what did not load, as the English message starts, e.g. {@code rule set 'crmkit:deal.validation'}
     * @param documentRu the same in Russian
     */
    protected DocumentLoadException(String code, String documentEn, String documentRu, List<LoadProblem> problems) {
        super(code, documentEn + " did not load (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + "):\n" + render(problems),
                documentRu + " (ошибок: " + problems.size() + "):\n" + render(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order. */
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
