package org.crmkit.rules.calendar;

import java.util.List;
import java.util.stream.Collectors;
import org.crmkit.core.shared.DomainException;

/**
 * A calendar definition that cannot be loaded. It carries every problem found, not just the first, so whoever
 * maintains the company's calendar file can fix it in one pass.
 */
public final class InvalidCalendar extends DomainException {

    private final List<CalendarProblem> problems;

    public InvalidCalendar(List<CalendarProblem> problems) {
        super("calendar.invalid",
                "Invalid business calendar: " + listed(problems),
                "Некорректный производственный календарь: " + listed(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CalendarProblem> problems() {
        return problems;
    }

    private static String listed(List<CalendarProblem> problems) {
        return problems.stream().map(CalendarProblem::toString).collect(Collectors.joining("; "));
    }
}
