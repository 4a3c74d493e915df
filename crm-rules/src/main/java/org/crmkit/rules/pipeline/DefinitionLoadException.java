package org.crmkit.rules.pipeline;

import java.util.List;
import org.crmkit.rules.DocumentLoadException;
import org.crmkit.rules.LoadProblem;

/**
 * A company's pipelines (or a transition policy) did not load: carries every problem found, each with the JSON
 * path into the submitted document and the same codes as the rule loader ({@link LoadProblem}). The message lists
 * them as {@code path: message [CODE]}, one per line.
 */
public final class DefinitionLoadException extends DocumentLoadException {
    private final String definition;

    public DefinitionLoadException(String definition, List<LoadProblem> problems) {
        super("pipelines.load-failed", "'" + definition + "'", "'" + definition + "' не загружено", problems);
        this.definition = definition;
    }

    /** What was loaded, e.g. {@code pipelines of acme}. */
    public String definition() {
        return definition;
    }
}
