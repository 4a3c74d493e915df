package org.crmkit.rules.process;

import java.util.List;
import java.util.stream.Collectors;

import org.crmkit.core.shared.DomainException;

/** A definition that does not form a well-defined graph; carries every problem found, not just the first. */
public final class InvalidProcessDefinition extends DomainException {
    private static final int SHOWN = 10;
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

    /** The first few problems: a generated definition can have thousands, and the list is in {@link #problems()}. */
    private static String join(List<DefinitionProblem> problems, java.util.function.Function<DefinitionProblem, String> text) {
        String shown = problems.stream().limit(SHOWN).map(text).collect(Collectors.joining("; "));
        return problems.size() > SHOWN ? shown + "; … (+" + (problems.size() - SHOWN) + ")" : shown;
    }
}
