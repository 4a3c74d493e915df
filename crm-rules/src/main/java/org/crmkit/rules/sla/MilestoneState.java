package org.crmkit.rules.sla;

import java.time.Duration;

/** Where a milestone stands against its target. */
public enum MilestoneState {
    /** Not done, and less than the warning share of the target is used. */
    ON_TRACK,
    /** Not done, and at least the warning share (e.g. 80%) of the target is used. */
    WARNING,
    /** The target was used up before the milestone was done (whether it has been done since or not). */
    VIOLATED,
    /** Done within the target. */
    MET;

    /**
     * Judges a milestone. A milestone done exactly on target is met; one not done when the target is used up
     * is violated, since the deadline is the earliest instant the target is reached.
     *
     * @param warningPercent share of the target, 1..100, from which an open milestone is a warning
     */
    public static MilestoneState of(Duration target, Duration consumed, boolean done, int warningPercent) {
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("warning threshold must be 1..100 %: " + warningPercent);
        }
        if (done) {
            return consumed.compareTo(target) <= 0 ? MET : VIOLATED;
        }
        if (consumed.compareTo(target) >= 0) {
            return VIOLATED;
        }
        // Compare consumed * 100 against target * percent in nanoseconds: exact, no floating point rounding.
        return consumed.toNanos() * 100 >= target.toNanos() * warningPercent ? WARNING : ON_TRACK;
    }
}
