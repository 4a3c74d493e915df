package org.crmkit.rules.process.json;

import java.util.List;
import java.util.stream.Collectors;

import org.crmkit.core.shared.DomainException;

/** A JSON process definition could not be loaded; carries every problem found, each with its JSON path. */
public final class ProcessFormatException extends DomainException {
    /** Messages name the first few problems; {@link #problems()} has them all. */
    private static final int SHOWN = 10;
    private final transient List<FormatProblem> problems;

    public ProcessFormatException(List<FormatProblem> problems) {
        super("process.format.invalid",
                "the process definition has " + problems.size() + " problem(s): "
                        + problems.stream().limit(SHOWN).map(FormatProblem::toString).collect(Collectors.joining("; ")),
                "в описании процесса ошибок: " + problems.size() + ": "
                        + problems.stream().limit(SHOWN).map(p -> p.path() + ": " + p.messageRu()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FormatProblem> problems() {
        return problems;
    }
}
