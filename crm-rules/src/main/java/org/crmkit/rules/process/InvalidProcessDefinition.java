package org.crmkit.rules.process;

import java.util.List;
import java.util.stream.Collectors;

import org.crmkit.core.shared.DomainException;

/** A definition that does not form a well-defined graph; carries every problem found, not just the first. */
public final class InvalidProcessDefinition extends DomainException {
    private final transient List<DefinitionProblem> problems;

    public InvalidProcessDefinition(ProcessKey key, List<DefinitionProblem> problems) {
        super("process.definition.invalid",
                "Process " + key + " is not well-formed: " + join(problems, DefinitionProblem::messageEn),
                "Процесс " + key + " построен неверно: " + join(problems, DefinitionProblem::messageRu));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String join(List<DefinitionProblem> problems, java.util.function.Function<DefinitionProblem, String> text) {
        return problems.stream().map(text).collect(Collectors.joining("; "));
    }
}
