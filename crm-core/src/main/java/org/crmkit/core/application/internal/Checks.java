package org.crmkit.core.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.crmkit.core.application.CommandRejected;
import org.crmkit.core.application.Violation;
import org.crmkit.core.shared.DomainException;

/**
 * Collects every problem of one command — Bean Validation violations, value objects that refuse their input,
 * business checks — so that the caller hears of all of them in one {@link CommandRejected}, not one at a time.
 */
public final class Checks {
    private final String command;
    private final List<Violation> violations;

    Checks(String command, List<Violation> violations) {
        this.command = command;
        this.violations = new ArrayList<>(violations);
    }

    /**
     * Builds a value object from the command's raw input; a refusal becomes a violation at {@code path} and the
     * result is null. Null input stays null (optional fields).
     */
    public <T> T parse(String path, Object raw, Supplier<T> factory) {
        if (raw == null) {
            return null;
        }
        try {
            return factory.get();
        } catch (DomainException e) {
            violations.add(new Violation(path, e.code(), e.getMessage(), e.messageRu()));
            return null;
        }
    }

    /** Records a business problem of the command. */
    public void reject(String path, String code, String messageEn, String messageRu) {
        violations.add(new Violation(path, code, messageEn, messageRu));
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    /** Throws {@link CommandRejected} with every problem found so far, if there is any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new CommandRejected(command, violations);
        }
    }
}
