package org.crmkit.core.shared;

/** A command that must say why (a suspension, an off-boarding, a lost deal) was given no reason. */
public final class ReasonRequired extends DomainException {
    public ReasonRequired(String action) {
        super("reason.required", "A reason is required to " + action, "Для действия «" + action + "» нужна причина");
    }
}
