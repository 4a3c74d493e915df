package org.crmkit.examples.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The demo's wall clock: it stands still until the scenario moves it, so a week of office life runs in
 * milliseconds and every timestamp the CRM records is the same on every run. Not thread-safe: the demo is one
 * thread.
 */
final class DemoClock extends Clock {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Monday of the demo week, when the office opens. */
    static final ZonedDateTime WEEK_START = ZonedDateTime.of(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0), MOSCOW);

    private Instant now = WEEK_START.toInstant();

    /** Jumps to a time of day on a day of the demo week (0 = Monday). */
    void setTo(int day, LocalTime time) {
        Instant next = WEEK_START.toLocalDate().plusDays(day).atTime(time).atZone(MOSCOW).toInstant();
        // Time never runs backwards: a scenario day that overran into the next would be a bug of the scenario.
        if (next.isBefore(now)) {
            throw new IllegalStateException("the demo clock cannot go back from " + local() + " to " + next);
        }
        now = next;
    }

    /** Lets some of the working day pass. */
    void pass(Duration duration) {
        now = now.plus(duration);
    }

    /** Now, on the Moscow wall clock. */
    ZonedDateTime local() {
        return now.atZone(MOSCOW);
    }

    @Override
    public ZoneId getZone() {
        return MOSCOW;
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
