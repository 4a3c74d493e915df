package org.crmkit.rules;

/**
 * What happened to one rule in an evaluation. A SKIPPED rule was not evaluated: its trigger did not apply,
 * it is disabled, a FIRST set had already matched, or a PRIORITY set had matched at a higher priority.
 */
public record RuleTrace(RuleId id, int priority, Status status, String reason, ConditionTrace condition) {
    public enum Status { MATCHED, NOT_MATCHED, SKIPPED }

    /** Why a rule was skipped (text after "skipped: "). */
    public static final String TRIGGER_DID_NOT_APPLY = "trigger did not apply";
    public static final String FIRST_ALREADY_MATCHED = "an earlier rule already matched (FIRST)";

    public static RuleTrace skipped(RuleId id, int priority, String reason) {
        return new RuleTrace(id, priority, Status.SKIPPED, reason, null);
    }
}
