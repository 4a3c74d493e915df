package org.crmkit.rules.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/**
 * Where one milestone of a claim stands at an instant.
 *
 * @param deadline  when the target is (or was) used up, if the clock runs from now on (a pause moves it later)
 * @param warningAt when the warning share of the target is (or was) used up, the same way
 * @param doneAt    when the milestone was done, or null
 */
public record MilestoneStatus(Milestone milestone, MilestoneState state, Duration target, Duration consumed,
                              Instant deadline, Instant warningAt, Instant doneAt) {
    public MilestoneStatus {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(state, "state");
    }

    /** Consumed time as a whole percentage of the target, rounded down. */
    public int consumedPercent() {
        return ClaimSlaEvaluation.percent(consumed.toNanos(), target.toNanos());
    }
}
