package org.crmkit.rules.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What day it is by one clock, remembered for the rest of that day: rules run many times a second and the date
 * changes once a day, so reading it costs one {@link Clock#millis()} and no allocation (LocalDate.now builds a date
 * and, for an offset zone, its zone rules on every call). The memo is checked against the clock's zone, so a clock
 * whose zone changes is read afresh.
 */
public final class Today {
    private record Day(ZoneId zone, long startMillis, long endMillis, LocalDate date) {
    }

    private final Clock clock;
    private volatile Day day;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        long now = clock.millis();
        Day last = day;
        if (last != null && now >= last.startMillis && now < last.endMillis && last.zone == clock.getZone()) {
            return last.date;
        }
        ZoneId zone = clock.getZone();
        LocalDate date = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), zone);
        day = new Day(zone, date.atStartOfDay(zone).toInstant().toEpochMilli(),
                date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(), date);
        return date;
    }
}
