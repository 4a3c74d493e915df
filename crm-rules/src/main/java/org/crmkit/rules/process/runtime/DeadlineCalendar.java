package org.crmkit.rules.process.runtime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.crmkit.rules.calendar.BusinessCalendar;

/**
 * What a running process asks of a calendar: the instant by which a step given "n business days" is due. The
 * company's {@link BusinessCalendar} (holidays, transferred and shortened days) plugs in through
 * {@link #of(BusinessCalendar)}; {@link #weekdays(ZoneId)} is the plain Monday-to-Friday default.
 */
@FunctionalInterface
public interface DeadlineCalendar {
    /** The due instant of a step handed out at {@code from} with {@code days} (at least 1) business days. */
    Instant addBusinessDays(Instant from, int days);

    /** Monday to Friday in {@code zone}: the same local time, {@code days} working days later. */
    static DeadlineCalendar weekdays(ZoneId zone) {
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

    /**
     * The company's business calendar: {@link BusinessCalendar#plusBusinessDays}, so a step handed out on a
     * Saturday counts from Monday's opening, holidays are skipped and a shortened day ends at its closing time.
     */
    static DeadlineCalendar of(BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar::plusBusinessDays;
    }
}
