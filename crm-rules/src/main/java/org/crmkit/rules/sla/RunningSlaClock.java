package org.crmkit.rules.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.crmkit.rules.calendar.BusinessCalendar;

/**
 * An SLA clock kept up to date event by event, for callers that cannot afford to replay the history on every
 * read. Immutable: each event returns the next state. It always equals {@link SlaClock#consumed} over the same
 * events (a property test holds it to that), so the history stays the source of truth.
 */
public final class RunningSlaClock {

    private final BusinessCalendar calendar;
    private final Duration consumed;
    private final Instant asOf;
    private final boolean running;

    private RunningSlaClock(BusinessCalendar calendar, Duration consumed, Instant asOf, boolean running) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.consumed = consumed;
        this.asOf = asOf;
        this.running = running;
    }

    public static RunningSlaClock startedAt(BusinessCalendar calendar, Instant at) {
        return new RunningSlaClock(calendar, Duration.ZERO, Objects.requireNonNull(at, "at"), true);
    }

    /** Stops consuming from {@code at}; pausing a paused clock changes nothing but the time it is known at. */
    public RunningSlaClock pause(Instant at) {
        return advancedTo(at, false);
    }

    public RunningSlaClock resume(Instant at) {
        return advancedTo(at, true);
    }

    /** Brings the consumed time up to {@code at} without changing whether the clock runs. */
    public RunningSlaClock tick(Instant at) {
        return advancedTo(at, running);
    }

    /** Business time consumed up to {@link #asOf()}. */
    public Duration consumed() {
        return consumed;
    }

    public Instant asOf() {
        return asOf;
    }

    public boolean isRunning() {
        return running;
    }

    /** @throws IllegalArgumentException if the event is older than the last one applied */
    private RunningSlaClock advancedTo(Instant at, boolean runningAfter) {
        if (at.isBefore(asOf)) {
            throw new IllegalArgumentException("clock events must arrive in time order: " + at + " is before " + asOf);
        }
        Duration now = running ? consumed.plus(calendar.between(asOf, at)) : consumed;
        return new RunningSlaClock(calendar, now, at, runningAfter);
    }

    @Override
    public String toString() {
        return "RunningSlaClock[" + consumed + " as of " + asOf + (running ? ", running" : ", paused") + "]";
    }
}
