package org.crmkit.core.shared;

/** A change that must say why was asked for without a reason. */
public final class ReasonRequired extends DomainException {
    public ReasonRequired(String action) {
        super("reason.required", "A reason is required to " + action, "Для действия «" + action + "» нужна причина");
    }
}
