package org.crmkit.rules.calendar;

/** One thing wrong in a calendar definition, located by a JSON path such as {@code $.week.MONDAY[1]}. */
public record CalendarProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
