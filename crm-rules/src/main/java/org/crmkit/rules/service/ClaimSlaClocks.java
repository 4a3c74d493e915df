package org.crmkit.rules.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.sla.ClockTransition;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.SlaTimeline;

/**
 * Reads a claim's SLA clocks off its own status history, and nothing else, so a clock recomputed any number of
 * times gives the same answer:
 * <ul>
 *   <li>both clocks start at registration and stand still while the claim is WAITING (for the customer or a
 *   supplier);</li>
 *   <li>the first-response clock stops for good at the first response: the REGISTERED → REGISTERED "respond"
 *   entry, or the first move out of REGISTERED (review records the response too);</li>
 *   <li>the resolution clock stops when the claim is resolved, rejected or closed, and runs again if it is
 *   reopened, so a reopened claim keeps the time it already used.</li>
 * </ul>
 * {@link #timeline} gives the clock as an {@link SlaTimeline}; {@link #consumedNanos} computes the same consumed
 * time in one pass without building it (the sweep's hot path; a property test holds the two equal).
 */
public final class ClaimSlaClocks {
    private ClaimSlaClocks() {
    }

    /** The milestone's clock as a timeline of runs and pauses. */
    public static SlaTimeline timeline(Claim claim, Milestone milestone) {
        return timeline(claim.history(), milestone);
    }

    static SlaTimeline timeline(List<ClaimTransition> history, Milestone milestone) {
        List<ClockTransition> transitions = new ArrayList<>(history.size());
        for (ClaimTransition transition : history) {
            if (milestone == Milestone.FIRST_RESPONSE && isFirstResponse(transition)) {
                transitions.add(ClockTransition.pausedFrom(transition.at()));
                break;
            }
            transitions.add(new ClockTransition(transition.at(), runs(transition.to())));
        }
        return SlaTimeline.of(transitions);
    }

    /** When the milestone was done, as of {@code now}; null while it is not. */
    public static Instant doneAt(Claim claim, Milestone milestone, Instant now) {
        return doneAt(claim.history(), milestone, now);
    }

    static Instant doneAt(List<ClaimTransition> history, Milestone milestone, Instant now) {
        Instant done = null;
        for (ClaimTransition transition : history) {
            if (transition.at().isAfter(now)) {
                break;
            }
            if (milestone == Milestone.FIRST_RESPONSE) {
                if (isFirstResponse(transition)) {
                    return transition.at();
                }
            } else {
                done = transition.to().isOpen() ? null : transition.at();
            }
        }
        return done;
    }

    /**
     * Business time, in nanoseconds, the milestone's clock consumed from registration up to {@code now}: equal
     * to {@code SlaClock.consumed(calendar, timeline(claim, milestone), now)}.
     */
    static long consumedNanos(List<ClaimTransition> history, Milestone milestone, BusinessCalendar calendar,
                              Instant now) {
        long consumed = 0;
        Instant runningSince = null;
        for (int i = 0, n = history.size(); i < n; i++) {
            ClaimTransition transition = history.get(i);
            Instant at = transition.at();
            if (at.isAfter(now)) {
                break;
            }
            boolean stops = milestone == Milestone.FIRST_RESPONSE && isFirstResponse(transition);
            boolean running = !stops && runs(transition.to());
            if (running && runningSince == null) {
                runningSince = at;
            } else if (!running && runningSince != null) {
                consumed += calendar.between(runningSince, at).toNanos();
                runningSince = null;
            }
            if (stops) {
                return consumed;
            }
        }
        if (runningSince != null) {
            consumed += calendar.between(runningSince, now).toNanos();
        }
        return consumed;
    }

    /** The entry that records the first response: an explicit "respond", or the first move out of REGISTERED. */
    static boolean isFirstResponse(ClaimTransition transition) {
        return transition.from() == ClaimStatus.REGISTERED;
    }

    /** Whether SLA clocks run while a claim is in this status. */
    static boolean runs(ClaimStatus status) {
        return status.isOpen() && status != ClaimStatus.WAITING;
    }
}
