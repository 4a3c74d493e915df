package org.crmkit.core.access;

import java.util.Objects;

import org.crmkit.core.shared.DomainException;

/** A request was refused; carries the {@link Decision} that says why (code {@code access.denied}). */
public final class AccessDenied extends DomainException {
    private final transient Decision decision;

    public AccessDenied(Decision decision) {
        super("access.denied", "Access denied — " + decision.explain(), "Доступ запрещён — " + decision.explainRu());
        if (Objects.requireNonNull(decision, "decision").allowed()) {
            throw new IllegalArgumentException("an allowing decision is no reason to deny: " + decision);
        }
        this.decision = decision;
    }

    public Decision decision() {
        return decision;
    }
}
