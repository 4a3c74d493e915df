package org.crmkit.rules.service;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.crmkit.rules.sla.SlaClock;
import org.crmkit.rules.sla.SlaPolicyRef;
import org.crmkit.rules.sla.SlaTimeline;

/**
 * Where a claim stands against its SLA at one instant: a pure function of the claim's history, its policy
 * version and the calendar. States and consumed time are computed eagerly and cheaply; deadlines, which need
 * more calendar arithmetic, are computed when {@link #status} asks for them.
 */
public final class ClaimSlaEvaluation {
    private final Claim claim;
    private final SlaTerms terms;
    private final Instant at;
    private final long responseConsumed;
    private final long resolutionConsumed;
    private final MilestoneState responseState;
    private final MilestoneState resolutionState;

    ClaimSlaEvaluation(Claim claim, SlaTerms terms, Instant at, long responseConsumed, long resolutionConsumed,
                       MilestoneState responseState, MilestoneState resolutionState) {
        this.claim = claim;
        this.terms = terms;
        this.at = at;
        this.responseConsumed = responseConsumed;
        this.resolutionConsumed = resolutionConsumed;
        this.responseState = responseState;
        this.resolutionState = resolutionState;
    }

    public ClaimId claim() {
        return claim.id();
    }

    public SlaPolicyRef policy() {
        return terms.policy.ref();
    }

    public Instant at() {
        return at;
    }

    public MilestoneState state(Milestone milestone) {
        return milestone == Milestone.FIRST_RESPONSE ? responseState : resolutionState;
    }

    public Duration consumed(Milestone milestone) {
        return Duration.ofNanos(consumedNanos(milestone));
    }

    public int consumedPercent(Milestone milestone) {
        return percent(consumedNanos(milestone), terms.targetNanos(milestone));
    }

    /** Whether a milestone is at WARNING or VIOLATED: what the escalation rules look at. */
    public boolean needsAttention() {
        return alerting(responseState) || alerting(resolutionState);
    }

    static boolean alerting(MilestoneState state) {
        return state == MilestoneState.WARNING || state == MilestoneState.VIOLATED;
    }

    /** The full status of a milestone, deadlines included. */
    public MilestoneStatus status(Milestone milestone) {
        SlaTimeline timeline = ClaimSlaClocks.timeline(claim, milestone);
        Duration target = terms.policy.target(milestone);
        return new MilestoneStatus(milestone, state(milestone), target, consumed(milestone),
                SlaClock.deadline(terms.calendar, timeline, target, at),
                SlaClock.deadline(terms.calendar, timeline, terms.warningShare(milestone), at),
                ClaimSlaClocks.doneAt(claim, milestone, at));
    }

    org.crmkit.rules.calendar.BusinessCalendar calendar() {
        return terms.calendar;
    }

    long consumedNanos(Milestone milestone) {
        return milestone == Milestone.FIRST_RESPONSE ? responseConsumed : resolutionConsumed;
    }

    static int percent(long consumed, long target) {
        if (consumed <= Long.MAX_VALUE / 100) {
            return (int) Math.min(Integer.MAX_VALUE, consumed * 100 / target);
        }
        return (int) Math.min(Integer.MAX_VALUE, consumed / Math.max(1, target / 100));
    }

    @Override
    public String toString() {
        return "ClaimSlaEvaluation[" + claim.id() + " at " + at + ": first response " + responseState + " "
                + consumed(Milestone.FIRST_RESPONSE) + ", resolution " + resolutionState + " "
                + consumed(Milestone.RESOLUTION) + "]";
    }
}
