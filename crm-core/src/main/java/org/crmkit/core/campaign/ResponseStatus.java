package org.crmkit.core.campaign;

/**
 * How far a campaign member went: INVITED (sent to) → RESPONDED (answered, clicked, came) → CONVERTED (became a
 * deal or an order). OPTED_OUT (asked not to be contacted again) can follow any status and is final. A member
 * never moves back: a converted member who ignores the next mail is still converted.
 */
public enum ResponseStatus {
    INVITED,
    RESPONDED,
    CONVERTED,
    OPTED_OUT;

    /** Whether a member in this status may move to {@code next}. */
    public boolean mayMoveTo(ResponseStatus next) {
        if (this == OPTED_OUT) {
            return false;
        }
        return next == OPTED_OUT || next.ordinal() > ordinal();
    }

    /** RESPONDED and CONVERTED count as responses; an opt-out is an answer but not a response to the offer. */
    public boolean isResponse() {
        return this == RESPONDED || this == CONVERTED;
    }
}
