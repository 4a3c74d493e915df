package org.crmkit.rules.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random calendars, instants and business durations. Interval ends lie on whole hours, so that they never fall
 * strictly inside a DST gap of the chosen zones and a naive per-day oracle agrees with the index exactly.
 */
public final class CalendarArbitraries {

    static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Europe/Moscow", "UTC", "Australia/Sydney");
    static final Instant FROM = Instant.parse("2025-09-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-09-01T00:00:00Z");

    /** Daylight-saving switches of the zones above within the generated range. */
    static final List<String> CLOCK_CHANGES = List.of(
            "2025-10-05T00:00:00Z", "2025-10-26T00:00:00Z", "2025-11-02T04:00:00Z", "2026-03-08T04:00:00Z",
            "2026-03-29T00:00:00Z", "2026-04-05T00:00:00Z", "2026-10-04T00:00:00Z", "2026-10-25T00:00:00Z",
            "2026-11-01T04:00:00Z", "2027-03-14T04:00:00Z", "2027-03-28T00:00:00Z", "2027-04-04T00:00:00Z");

    private CalendarArbitraries() {
    }

    public static Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<List<WorkingHours>> week = dayHours().list().ofSize(7);
        Arbitrary<List<LocalDate>> holidays = dates().list().ofMaxSize(30);
        Arbitrary<List<LocalDate>> workedSaturdays = dates().map(d -> d.with(DayOfWeek.SATURDAY)).list().ofMaxSize(5);
        return Combinators.combine(zones, week, holidays, workedSaturdays).as((zone, days, off, saturdays) -> {
            BusinessCalendar.Builder builder = BusinessCalendar.named("random", zone);
            for (DayOfWeek day : DayOfWeek.values()) {
                builder.on(day, days.get(day.ordinal()));
            }
            if (days.stream().allMatch(WorkingHours::isDayOff)) {
                builder.on(DayOfWeek.MONDAY, WorkingHours.parse("09:00-18:00"));
            }
            TreeSet<LocalDate> holidaySet = new TreeSet<>(off);
            holidaySet.forEach(builder::holiday);
            saturdays.stream().filter(d -> !holidaySet.contains(d))
                    .forEach(d -> builder.workingDay(d, WorkingHours.parse("10:00-14:00")));
            return builder.build();
        });
    }

    /** Zero to three intervals on whole hours, e.g. 09:00-13:00, 14:00-18:00; sometimes round the clock. */
    public static Arbitrary<WorkingHours> dayHours() {
        // Hours 1-3 are where clocks change in these zones, so they come up more often than chance would have it.
        Arbitrary<Integer> hours = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 24)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 3)));
        return hours.set().ofMaxSize(6).map(points -> {
            List<Integer> sorted = new ArrayList<>(new TreeSet<>(points));
            List<WorkingInterval> intervals = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                intervals.add(WorkingInterval.of(hour(sorted.get(i)), hour(sorted.get(i + 1))));
            }
            return WorkingHours.of(intervals);
        });
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2025, 9, 1).toEpochDay(), LocalDate.of(2027, 9, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    public static Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        Arbitrary<Long> nearClockChanges = Combinators.combine(Arbitraries.of(CLOCK_CHANGES), Arbitraries.longs().between(-3 * 86_400, 86_400))
                .as((change, offset) -> Instant.parse(change).getEpochSecond() + offset);
        return Combinators.combine(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, seconds), net.jqwik.api.Tuple.of(1, nearClockChanges)), nanos).as(Instant::ofEpochSecond);
    }

    /** Up to a year of business time, usually in whole minutes. */
    public static Arbitrary<Duration> businessTimes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(1, 2_100 * 60).map(Duration::ofMinutes)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 2_100L * 3_600_000_000_000L).map(Duration::ofNanos)));
    }

    private static LocalTime hour(int hour) {
        return hour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(hour, 0);
    }
}
