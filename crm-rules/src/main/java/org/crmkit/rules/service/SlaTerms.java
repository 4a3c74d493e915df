package org.crmkit.rules.service;

import java.time.Duration;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.crmkit.rules.sla.SlaPolicy;

/**
 * One policy version made ready for fast evaluation: its calendar resolved and its targets and warning
 * thresholds in nanoseconds, computed once per policy rather than once per claim.
 */
final class SlaTerms {
    final SlaPolicy policy;
    final BusinessCalendar calendar;
    private final long responseTarget;
    private final long resolutionTarget;
    private final int warningPercent;

    SlaTerms(SlaPolicy policy, BusinessCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
        this.responseTarget = policy.firstResponse().toNanos();
        this.resolutionTarget = policy.resolution().toNanos();
        this.warningPercent = policy.warningPercent();
    }

    long targetNanos(Milestone milestone) {
        return milestone == Milestone.FIRST_RESPONSE ? responseTarget : resolutionTarget;
    }

    /** Same judgement as {@link MilestoneState#of}, on nanoseconds (no Duration per claim). */
    MilestoneState stateOf(Milestone milestone, long consumed, boolean done) {
        long target = targetNanos(milestone);
        if (done) {
            return consumed <= target ? MilestoneState.MET : MilestoneState.VIOLATED;
        }
        if (consumed >= target) {
            return MilestoneState.VIOLATED;
        }
        return consumed * 100 >= target * warningPercent ? MilestoneState.WARNING : MilestoneState.ON_TRACK;
    }

    Duration warningShare(Milestone milestone) {
        return Duration.ofNanos(shareNanos(targetNanos(milestone), warningPercent));
    }

    /**
     * The least consumed time, above {@code consumed}, at which a running clock's judgement changes: the warning
     * share, then the target; with {@code byPercent} also each next whole percent of the target (what
     * {@link ClaimSlaEvaluation#consumedPercent} reports). {@link Long#MAX_VALUE} when nothing changes any more.
     */
    long nextStepNanos(Milestone milestone, long consumed, boolean byPercent) {
        long target = targetNanos(milestone);
        long warning = shareNanos(target, warningPercent);
        long next = consumed < warning ? warning : consumed < target ? target : Long.MAX_VALUE;
        if (byPercent && consumed <= Long.MAX_VALUE / 100) {
            int percent = ClaimSlaEvaluation.percent(consumed, target);
            if (percent < Integer.MAX_VALUE) {
                next = Math.min(next, shareNanos(target, percent + 1L));
            }
        }
        return next;
    }

    /** {@code target * percent / 100} rounded up, without overflow: the first consumed time at that share. */
    private static long shareNanos(long target, long percent) {
        return target / 100 * percent + (target % 100 * percent + 99) / 100;
    }
}
