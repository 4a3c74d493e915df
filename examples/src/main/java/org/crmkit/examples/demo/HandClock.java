package org.crmkit.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A Moscow wall clock moved by hand to given instants, for a showcase that needs dates other than the demo
 * week's. Like {@link DemoClock} it never runs backwards, so a showcase that mixed up its order fails loudly.
 */
final class HandClock extends Clock {
    private Instant now;

    HandClock(LocalDateTime start) {
        this.now = start.atZone(DemoClock.MOSCOW).toInstant();
    }

    /** Moves to a Moscow wall-clock time and returns the instant it is. */
    Instant setTo(LocalDateTime local) {
        Instant next = local.atZone(DemoClock.MOSCOW).toInstant();
        if (next.isBefore(now)) {
            throw new IllegalStateException("the clock cannot go back from " + now + " to " + next);
        }
        now = next;
        return now;
    }

    @Override
    public ZoneId getZone() {
        return DemoClock.MOSCOW;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
