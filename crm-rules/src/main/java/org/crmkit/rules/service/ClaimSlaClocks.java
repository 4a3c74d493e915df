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

    /**
     * Both clocks of a claim at one instant, whether each milestone is done, whether each clock is running at that
     * instant, and the first history entry after it (null if none): what the sweep judges on, and what tells it
     * until when that judgement holds.
     */
    record Reading(long responseNanos, long resolutionNanos, boolean responded, boolean resolved,
                   boolean responseRunning, boolean resolutionRunning, Instant nextEntryAt) {
    }

    /**
     * Both milestones in one pass over the history: the same figures as {@link #consumedNanos} and
     * {@link #doneAt} for each milestone (a property test holds them equal), reading each entry once instead of
     * four times. While the claim awaits its first response both clocks run from registration, so the time up to
     * {@code now} is computed once for the two.
     */
    static Reading read(List<ClaimTransition> history, BusinessCalendar calendar, Instant now) {
        long response = 0;
        long resolution = 0;
        Instant responseSince = null;
        Instant resolutionSince = null;
        boolean responded = false;
        boolean resolved = false;
        Instant nextEntryAt = null;
        for (int i = 0, n = history.size(); i < n; i++) {
            ClaimTransition transition = history.get(i);
            Instant at = transition.at();
            if (at.isAfter(now)) {
                nextEntryAt = at;
                break;
            }
            boolean running = runs(transition.to());
            if (running && resolutionSince == null) {
                resolutionSince = at;
            } else if (!running && resolutionSince != null) {
                resolution += calendar.between(resolutionSince, at).toNanos();
                resolutionSince = null;
            }
            resolved = !transition.to().isOpen();
            if (responded) {
                continue;
            }
            responded = isFirstResponse(transition);
            boolean responseRuns = !responded && running;
            if (responseRuns && responseSince == null) {
                responseSince = at;
            } else if (!responseRuns && responseSince != null) {
                response += calendar.between(responseSince, at).toNanos();
                responseSince = null;
            }
        }
        if (resolutionSince != null) {
            long tail = calendar.between(resolutionSince, now).toNanos();
            resolution += tail;
            if (responseSince != null) {
                response += responseSince.equals(resolutionSince) ? tail : calendar.between(responseSince, now).toNanos();
            }
        } else if (responseSince != null) {
            response += calendar.between(responseSince, now).toNanos();
        }
        return new Reading(response, resolution, responded, resolved, responseSince != null, resolutionSince != null,
                nextEntryAt);
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
