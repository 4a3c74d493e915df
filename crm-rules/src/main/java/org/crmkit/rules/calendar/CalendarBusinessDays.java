package org.crmkit.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.crmkit.rules.BusinessDays;

/**
 * The rule engine's business days counted on a production calendar: holidays and transferred working days
 * (e.g. {@link BusinessCalendars#russia2026()}) instead of plain Monday to Friday. Use it as
 * {@code RuleEngine.create(clock, new CalendarBusinessDays(BusinessCalendars.russia2026()))}. Negative shifts
 * ({@code "plusBusinessDays": -2}: two working days before) count back over the same calendar.
 */
public record CalendarBusinessDays(BusinessCalendar calendar) implements BusinessDays {
    public CalendarBusinessDays {
        Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public LocalDate plus(LocalDate date, int days) {
        if (days >= 0) {
            return calendar.plusWorkingDays(date, days);
        }
        // The calendar only counts forward; backward we step day by day (a rule shifts by a few days, not years).
        LocalDate current = date;
        for (int left = -days; left > 0; ) {
            current = current.minusDays(1);
            if (calendar.isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }
}
