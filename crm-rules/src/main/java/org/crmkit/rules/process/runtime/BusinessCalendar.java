package org.crmkit.rules.process.runtime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Turns "n business days" into an instant. The default counts Monday to Friday in one time zone; a company
 * calendar with public holidays plugs in here.
 */
@FunctionalInterface
public interface BusinessCalendar {
    Instant addBusinessDays(Instant from, int days);

    /** Monday to Friday in {@code zone}: the same local time, {@code days} working days later. */
    static BusinessCalendar weekdays(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return (from, days) -> {
            ZonedDateTime t = from.atZone(zone);
            for (int left = days; left > 0; ) {
                t = t.plusDays(1);
                if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return t.toInstant();
        };
    }
}
