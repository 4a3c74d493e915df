package org.crmkit.rules.sla;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.rules.calendar.BusinessCalendar;

/**
 * Reads an SLA clock off a {@link SlaTimeline}: a pure function of the history, the calendar and the moment
 * asked about, so recomputing it any number of times gives the same answer. The clock consumes business time
 * only while running and only in the calendar's working time.
 */
public final class SlaClock {

    private SlaClock() {
    }

    /** Business time consumed from the start of the timeline up to {@code now}. */
    public static Duration consumed(BusinessCalendar calendar, SlaTimeline timeline, Instant now) {
        Duration consumed = Duration.ZERO;
        for (SlaTimeline.RunningSpan span : timeline.runningSpans(now)) {
            consumed = consumed.plus(calendar.between(span.from(), span.to()));
        }
        return consumed;
    }

    /**
     * When {@code target} is reached. If it already was, that past instant, fixed for good. Otherwise the
     * instant it will be reached if the clock runs from {@code now} on; while the clock is paused this moves
     * later as {@code now} advances, which is how a pause pushes the deadline out.
     */
    public static Instant deadline(BusinessCalendar calendar, SlaTimeline timeline, Duration target, Instant now) {
        if (target.isNegative()) {
            throw new IllegalArgumentException("an SLA target cannot be negative: " + target);
        }
        Duration remaining = target;
        for (SlaTimeline.RunningSpan span : timeline.runningSpans(now)) {
            Duration ran = calendar.between(span.from(), span.to());
            if (ran.compareTo(remaining) >= 0) {
                return calendar.plus(span.from(), remaining);
            }
            remaining = remaining.minus(ran);
        }
        return calendar.plus(now, remaining);
    }
}
