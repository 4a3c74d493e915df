package org.crmkit.rules.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a claim's status history: from {@code from} until {@code to} ({@code null} while it lasts)
 * the SLA clock was paused or running.
 */
public record StatusInterval(Instant from, Instant to, boolean paused) {
    public StatusInterval {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a status interval cannot end before it starts: " + from + " > " + to);
        }
    }
}
