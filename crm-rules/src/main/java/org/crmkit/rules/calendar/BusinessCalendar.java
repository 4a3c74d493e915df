package org.crmkit.rules.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A named, immutable business calendar: working wall-clock hours per weekday, a time zone, and dated exceptions
 * (holidays, transferred working days, shortened pre-holiday days), with business-time arithmetic on top.
 *
 * <p>Business time is the real time elapsed inside working intervals. The intervals are wall-clock times on
 * each local date, so a 09:00–18:00 day is nine hours on the days the clocks change as on any other; only an
 * interval that itself spans a clock change is longer or shorter by the change. A wall-clock time that does
 * not exist (spring-forward gap) is read as the first instant after the gap, an ambiguous one (fall-back
 * overlap) as its first occurrence.
 *
 * <p>Arithmetic runs on a per-year index built lazily on first use, so {@link #plus} and {@link #between}
 * cost a binary search plus constant work per year crossed, whatever the span. Instances are thread-safe.
 */
public final class BusinessCalendar {

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, WorkingHours> week;
    private final NavigableSet<LocalDate> holidays;
    private final Map<LocalDate, WorkingHours> exceptions;
    private final BusinessTimeline timeline;

    private BusinessCalendar(Builder builder) {
        this.name = builder.name;
        this.zone = builder.zone;
        this.week = Collections.unmodifiableMap(new EnumMap<>(builder.week));
        this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(builder.holidays));
        Map<LocalDate, WorkingHours> days = new TreeMap<>(builder.workingDays);
        holidays.forEach(day -> days.put(day, WorkingHours.NONE));
        builder.shortenings.forEach((day, by) -> days.put(day, hoursOn(days, day).shortenedBy(by)));
        this.exceptions = Collections.unmodifiableMap(days);
        this.timeline = new BusinessTimeline(this);
    }

    /** Starts a calendar; weekdays without hours are days off. */
    public static Builder named(String name, ZoneId zone) {
        return new Builder(name, zone);
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The regular hours of a weekday, before dated exceptions. */
    public WorkingHours weeklyHours(DayOfWeek day) {
        return week.getOrDefault(day, WorkingHours.NONE);
    }

    /** Dates declared holidays (days off), in order. */
    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    /** The hours actually worked on a date, after holidays, transfers and shortenings. */
    public WorkingHours hoursOn(LocalDate date) {
        return hoursOn(exceptions, date);
    }

    /**
     * Whether the date has working time: it has hours, and they do not all fall into a spring-forward gap (a
     * 02:00-03:00 shift on the night the clocks skip that hour works no time, so it is not a working day).
     * {@link #plusWorkingDays} and {@link #plusBusinessDays} count exactly these days.
     */
    public boolean isWorkingDay(LocalDate date) {
        return timeline.isWorkingDay(date);
    }

    /** Whether the instant lies inside a working interval (start inclusive, end exclusive). */
    public boolean isWorkingTime(Instant instant) {
        return timeline.isWorkingTime(instant);
    }

    /** The instant itself if it is working time, otherwise the start of the next working interval. */
    public Instant nextWorkingInstant(Instant instant) {
        return timeline.nextWorkingInstant(instant);
    }

    /**
     * The earliest instant by which {@code businessTime} of working time has elapsed since {@code start}.
     * For a positive amount the result is inside a working interval or exactly at its end (a deadline at 18:00,
     * not at the next morning's 09:00), so the instant just before it is always working time. Adding
     * {@link Duration#ZERO} returns {@code start} unchanged, even from non-working time, which keeps
     * {@code plus(plus(t, a), b) == plus(t, a + b)} for all non-negative amounts.
     *
     * @throws IllegalArgumentException if {@code businessTime} is negative
     */
    public Instant plus(Instant start, Duration businessTime) {
        return timeline.plus(start, businessTime);
    }

    /** Business time elapsed from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public Duration between(Instant from, Instant to) {
        return timeline.between(from, to);
    }

    /**
     * The {@code days}-th working day after {@code date} ({@code date} itself does not count; zero returns it).
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        return timeline.plusWorkingDays(date, days);
    }

    /**
     * The same local working time on the {@code days}-th next working day. The start is first moved to
     * {@link #nextWorkingInstant working time} (a claim arriving Saturday counts from Monday's opening), then
     * the result is that wall-clock time on the target day; if that day closes earlier (a shortened day) the
     * result is its closing time, and if the time falls in its break, the end of the break. Intervals are taken
     * as they really run across clock changes: a time the clocks skip is read as the instant they resume, and if
     * that is the interval's end, the result is that end. So for one day or more the result is always working
     * time or exactly the end of it. Zero days returns {@code start} unchanged.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Instant plusBusinessDays(Instant start, int days) {
        return timeline.plusBusinessDays(start, days);
    }

    private WorkingHours hoursOn(Map<LocalDate, WorkingHours> days, LocalDate date) {
        WorkingHours exception = days.get(date);
        return exception != null ? exception : weeklyHours(date.getDayOfWeek());
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", " + zone + "]";
    }

    /** Collects a calendar; {@link #build()} checks that the rules do not contradict each other. */
    public static final class Builder {
        private final String name;
        private final ZoneId zone;
        private final Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        private final NavigableSet<LocalDate> holidays = new TreeSet<>();
        private final Map<LocalDate, WorkingHours> workingDays = new TreeMap<>();
        private final Map<LocalDate, Duration> shortenings = new TreeMap<>();

        private Builder(String name, ZoneId zone) {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("a calendar needs a name");
            }
            this.name = name;
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /** The same hours Monday to Friday. */
        public Builder weekdays(WorkingHours hours) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    on(day, hours);
                }
            }
            return this;
        }

        public Builder on(DayOfWeek day, WorkingHours hours) {
            week.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /** A date off, whatever weekday it falls on. */
        public Builder holiday(LocalDate date) {
            if (workingDays.containsKey(date)) {
                throw new IllegalArgumentException(date + " is already a transferred working day");
            }
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /** A date worked with the given hours, e.g. a Saturday the production calendar turns into a working day. */
        public Builder workingDay(LocalDate date, WorkingHours hours) {
            if (holidays.contains(date)) {
                throw new IllegalArgumentException(date + " is already a holiday");
            }
            if (Objects.requireNonNull(hours, "hours").isDayOff()) {
                throw new IllegalArgumentException("a transferred working day needs working hours: " + date);
            }
            workingDays.put(Objects.requireNonNull(date, "date"), hours);
            return this;
        }

        /** A working date cut short at its end, e.g. the pre-holiday day one hour shorter. */
        public Builder shortened(LocalDate date, Duration by) {
            shortenings.put(Objects.requireNonNull(date, "date"), Objects.requireNonNull(by, "by"));
            return this;
        }

        /**
         * @throws IllegalArgumentException if no weekday has working hours (business time would never pass),
         *         or a shortened date is not a working day or is shorter than the cut
         */
        public BusinessCalendar build() {
            if (week.values().stream().allMatch(WorkingHours::isDayOff)) {
                throw new IllegalArgumentException("calendar " + name + " has no working weekday");
            }
            for (LocalDate date : shortenings.keySet()) {
                if (holidays.contains(date)
                        || !workingDays.containsKey(date) && week.getOrDefault(date.getDayOfWeek(), WorkingHours.NONE).isDayOff()) {
                    throw new IllegalArgumentException("cannot shorten " + date + ": it is not a working day");
                }
            }
            return new BusinessCalendar(this);
        }
    }
}
