package org.crmkit.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Business-day arithmetic for {@code plusBusinessDays}. The default counts Monday to Friday; a production
 * calendar (holidays, transferred working days) implements this interface.
 */
@FunctionalInterface
public interface BusinessDays {
    /** The date {@code days} business days after {@code date} (before it, when negative); 0 gives the date itself. */
    LocalDate plus(LocalDate date, int days);

    static BusinessDays mondayToFriday() {
        return (date, days) -> {
            int step = days >= 0 ? 1 : -1;
            LocalDate current = date;
            for (int left = Math.abs(days); left > 0; ) {
                current = current.plusDays(step);
                if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return current;
        };
    }
}
