package org.crmkit.rules.sla;

import java.time.Instant;
import java.util.Objects;

/** From {@code at} on, an SLA clock runs or stands still, e.g. because the claim now waits for the client. */
public record ClockTransition(Instant at, boolean running) {
    public ClockTransition {
        Objects.requireNonNull(at, "at");
    }

    public static ClockTransition runningFrom(Instant at) {
        return new ClockTransition(at, true);
    }

    public static ClockTransition pausedFrom(Instant at) {
        return new ClockTransition(at, false);
    }
}
