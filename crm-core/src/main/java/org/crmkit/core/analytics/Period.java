package org.crmkit.core.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The half-open time span a KPI looks at: {@code from} included, {@code to} excluded. {@link #always()} is
 * unbounded on both sides.
 */
public record Period(Instant from, Instant to) {
    private static final Period ALWAYS = new Period(Instant.MIN, Instant.MAX);

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts: " + from + " .. " + to);
        }
    }

    public static Period always() {
        return ALWAYS;
    }

    /** The days from {@code first} to {@code last}, both included, in the given zone. */
    public static Period days(LocalDate first, LocalDate last, ZoneId zone) {
        return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }

    /** Whether anything at or after {@code moment} up to the end falls in: the span has not ended before it. */
    public boolean endsAfter(Instant moment) {
        return moment.isBefore(to);
    }
}
