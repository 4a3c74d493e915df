package org.crmkit.core.application;

import java.util.List;
import java.util.stream.Collectors;

import org.crmkit.core.shared.DomainException;

/**
 * A command failed validation. Carries every violation at once, so a form can show them all; nothing was
 * changed.
 */
public final class CommandRejected extends DomainException {
    private final String command;
    private final List<Violation> violations;

    public CommandRejected(String command, List<Violation> violations) {
        super("command.rejected",
                command + " rejected: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")),
                "Команда " + command + " отклонена: " + violations.stream()
                        .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.messageRu())
                        .collect(Collectors.joining("; ")));
        this.command = command;
        this.violations = List.copyOf(violations);
    }

    /** The simple name of the rejected command. */
    public String command() {
        return command;
    }

    public List<Violation> violations() {
        return violations;
    }
}
