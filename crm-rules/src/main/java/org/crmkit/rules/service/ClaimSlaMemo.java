package org.crmkit.rules.service;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.core.claim.Claim;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/**
 * What a sweep last saw of one claim: the claim's SLA terms (resolved once, so a look needs no assignment or
 * policy lookup), the states judged at the last look, and the window in which those states cannot differ.
 *
 * <p>Why the window is exact: the states are a function of the claim's history and the instant only. While the
 * claim is unchanged (same stored version, same history length: the history only ever grows), a clock's consumed
 * time grows by exactly the business time elapsed while it runs, and it runs or stands still until the next
 * history entry takes effect. So from the look at {@code from}, nothing changes before the earliest of: that
 * entry's instant, and the instant {@code calendar.plus(from, step - consumed)} at which a running clock reaches
 * its next step (the warning share, the target, or with {@code byPercent} the next whole percent). Before
 * {@code from} nothing is known, so a look at an earlier instant recomputes. A property test holds the memo equal
 * to a fresh recomputation.
 */
final class ClaimSlaMemo {
    final SlaTerms terms;
    private long version = -1;
    private int historyLength = -1;
    // the window [from, until) as epoch seconds and nanos: comparing primitives in the memo reads no other object
    private long fromSecond = Long.MAX_VALUE;
    private int fromNano;
    private long untilSecond = Long.MIN_VALUE;
    private int untilNano;
    private MilestoneState response;
    private MilestoneState resolution;
    private int responsePercent = -1;
    private int resolutionPercent = -1;
    /** The sweep run that last saw the claim open: memos of claims no run sees any more are dropped. */
    long seenInRun;

    ClaimSlaMemo(SlaTerms terms) {
        this.terms = terms;
    }

    /** Whether the states of the last look still hold at {@code at}: nothing to recompute. No allocation. */
    boolean holds(Claim claim, Instant at) {
        return holds(claim.version(), claim.historyLength(), at);
    }

    /**
     * Whether the states of the last look still hold at {@code at} for the claim stored at {@code version} with
     * {@code historyLength} entries: what the sweep asks before restoring the claim. No allocation.
     */
    boolean holds(long version, int historyLength, Instant at) {
        long second = at.getEpochSecond();
        int nano = at.getNano();
        return version == this.version && historyLength == this.historyLength
                && (second > fromSecond || second == fromSecond && nano >= fromNano)
                && (second < untilSecond || second == untilSecond && nano < untilNano);
    }

    /**
     * Records a fresh look at {@code at}.
     *
     * @param byPercent whether the escalation rules read the consumed percent, so that a new percent counts as a
     *                  change and bounds the window
     * @return whether what the escalation rules see changed since the previous look: the claim itself (its version
     * or history), a milestone's state, or (with {@code byPercent}) a consumed percent; true on the first look
     */
    boolean update(Claim claim, Instant at, ClaimSlaEvaluation fresh, ClaimSlaClocks.Reading clocks,
                   boolean byPercent) {
        long newVersion = claim.version();
        int newLength = claim.historyLength();
        MilestoneState newResponse = fresh.state(Milestone.FIRST_RESPONSE);
        MilestoneState newResolution = fresh.state(Milestone.RESOLUTION);
        int newResponsePercent = byPercent ? fresh.consumedPercent(Milestone.FIRST_RESPONSE) : 0;
        int newResolutionPercent = byPercent ? fresh.consumedPercent(Milestone.RESOLUTION) : 0;
        boolean changed = newVersion != version || newLength != historyLength || newResponse != response
                || newResolution != resolution || newResponsePercent != responsePercent
                || newResolutionPercent != resolutionPercent;
        version = newVersion;
        historyLength = newLength;
        response = newResponse;
        resolution = newResolution;
        responsePercent = newResponsePercent;
        resolutionPercent = newResolutionPercent;
        fromSecond = at.getEpochSecond();
        fromNano = at.getNano();
        Instant until = nextChange(at, clocks, byPercent);
        untilSecond = until.getEpochSecond();
        untilNano = until.getNano();
        return changed;
    }

    MilestoneState state(Milestone milestone) {
        return milestone == Milestone.FIRST_RESPONSE ? response : resolution;
    }

    /** The first instant after {@code from} at which the states may differ; {@link Instant#MAX} for never. */
    Instant until() {
        return Instant.ofEpochSecond(untilSecond, untilNano);
    }

    private Instant nextChange(Instant at, ClaimSlaClocks.Reading clocks, boolean byPercent) {
        Instant next = clocks.nextEntryAt() == null ? Instant.MAX : clocks.nextEntryAt();
        if (clocks.responseRunning()) {
            next = earlier(next, stepAt(at, Milestone.FIRST_RESPONSE, clocks.responseNanos(), byPercent));
        }
        if (clocks.resolutionRunning()) {
            next = earlier(next, stepAt(at, Milestone.RESOLUTION, clocks.resolutionNanos(), byPercent));
        }
        return next;
    }

    private Instant stepAt(Instant at, Milestone milestone, long consumed, boolean byPercent) {
        long step = terms.nextStepNanos(milestone, consumed, byPercent);
        return step == Long.MAX_VALUE ? Instant.MAX : terms.calendar.plus(at, Duration.ofNanos(step - consumed));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
