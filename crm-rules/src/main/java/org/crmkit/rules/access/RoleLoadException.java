package org.crmkit.rules.access;

import java.util.List;
import java.util.stream.Collectors;

import org.crmkit.core.shared.DomainException;

/** A roles document could not be loaded; carries every problem found, each with its JSON path. */
public final class RoleLoadException extends DomainException {
    private final List<RoleProblem> problems;

    RoleLoadException(List<RoleProblem> problems) {
        super("access.roles.load",
                "roles not loaded: " + problems.stream().map(RoleProblem::toString).collect(Collectors.joining("; ")),
                "роли не загружены: " + problems.stream().map(RoleProblem::toString)
                        .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RoleProblem> problems() {
        return problems;
    }
}
