package org.crmkit.rules.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working wall-clock time within a day, start inclusive, end exclusive, e.g. 09:00–13:00.
 * An end of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so a round-the-clock desk is
 * {@code 00:00-24:00}. Precision is whole seconds: calendars are published in minutes, and whole seconds
 * keep the precomputed index in plain integers.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    static final int END_OF_DAY = 24 * 3600;

    public WorkingInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getNano() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("working interval must be in whole seconds: " + start + "-" + end);
        }
        if (secondOf(end, true) <= secondOf(start, false)) {
            throw new IllegalArgumentException("working interval must end after it starts: " + start + "-" + end);
        }
    }

    public static WorkingInterval of(LocalTime start, LocalTime end) {
        return new WorkingInterval(start, end);
    }

    /** Parses {@code "09:00-13:00"}; {@code "24:00"} is accepted as the end of the day. */
    public static WorkingInterval parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm but was '" + text + "'");
        }
        LocalTime end = parts[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]);
        return new WorkingInterval(LocalTime.parse(parts[0]), end);
    }

    int startSecond() {
        return secondOf(start, false);
    }

    int endSecond() {
        return secondOf(end, true);
    }

    long seconds() {
        return endSecond() - startSecond();
    }

    private static int secondOf(LocalTime time, boolean isEnd) {
        return isEnd && time.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : time.toSecondOfDay();
    }

    @Override
    public String toString() {
        return start + "-" + (endSecond() == END_OF_DAY ? "24:00" : end.toString());
    }
}
