package org.crmkit.rules.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Business-time arithmetic over a calendar's lazily built {@link YearIndex year indexes}. */
final class BusinessTimeline {

    private final BusinessCalendar calendar;
    private final ConcurrentHashMap<Integer, YearIndex> years = new ConcurrentHashMap<>();
    // Most calls touch the same year again; checking it first skips the map and the boxing.
    private volatile YearIndex recent;

    BusinessTimeline(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    boolean isWorkingTime(Instant instant) {
        YearIndex year = yearOf(instant);
        return year.isWorking(year.position(instant));
    }

    Instant nextWorkingInstant(Instant instant) {
        YearIndex year = yearOf(instant);
        long next = year.nextWorking(year.position(instant));
        while (next < 0) {
            year = year(year.year + 1);
            next = year.nextWorking(0);
        }
        return year.instantAt(next);
    }

    Instant plus(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        YearIndex year = yearOf(start);
        long target = year.workedBefore(year.position(start)) + businessTime.toNanos();
        // The builder guarantees a working weekday, so some later year always has working time.
        while (target > year.totalNanos()) {
            target -= year.totalNanos();
            year = year(year.year + 1);
        }
        return year.instantAt(year.positionAfterWorking(target));
    }

    Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        YearIndex first = yearOf(from);
        YearIndex last = yearOf(to);
        long workedInLast = last.workedBefore(last.position(to));
        if (first.year == last.year) {
            return Duration.ofNanos(workedInLast - first.workedBefore(first.position(from)));
        }
        long worked = first.totalNanos() - first.workedBefore(first.position(from)) + workedInLast;
        for (int y = first.year + 1; y < last.year; y++) {
            worked += year(y).totalNanos();
        }
        return Duration.ofNanos(worked);
    }

    boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date.getDayOfYear() - 1);
    }

    LocalDate plusWorkingDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + days);
        }
        if (days == 0) {
            return date;
        }
        YearIndex year = year(date.getYear());
        long target = (long) year.workingDaysBefore(date.getDayOfYear()) + days;
        while (target > year.workingDays()) {
            target -= year.workingDays();
            year = year(year.year + 1);
        }
        return year.nthWorkingDay((int) target);
    }

    Instant plusBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days to add must not be negative: " + days);
        }
        if (days == 0) {
            return start;
        }
        LocalDateTime from = LocalDateTime.ofInstant(nextWorkingInstant(start), calendar.zone());
        LocalDate target = plusWorkingDays(from.toLocalDate(), days);
        return sameWallTimeOrNearestWorking(target, from.toLocalTime().toSecondOfDay(), from.getNano());
    }

    /**
     * The wall-clock time on a working day if it is working time there; in a break, the start of the next
     * interval; after closing, the end of the last interval. Each interval is taken as it really runs (mapped
     * through the clock changes), so the result is always working time or exactly the end of it: a time after
     * an interval's real end (an end at 24:00 or in a spring-forward gap) never keeps its nanoseconds past it.
     */
    private Instant sameWallTimeOrNearestWorking(LocalDate day, int second, int nanos) {
        ZoneRules rules = calendar.zone().getRules();
        long closing = Long.MIN_VALUE;
        for (WorkingInterval interval : calendar.hoursOn(day).intervals()) {
            long start = YearIndex.epochSecond(rules, day, interval.startSecond());
            long end = YearIndex.epochSecond(rules, day, interval.endSecond());
            if (end <= start) {
                continue; // swallowed by a spring-forward gap: there is no working time in it to land on
            }
            if (second < interval.endSecond()) {
                if (second < interval.startSecond()) {
                    return Instant.ofEpochSecond(start);
                }
                long at = YearIndex.epochSecond(rules, day, second);
                // A time in a gap is read as the instant the clock resumes, which can be the interval's end.
                return at < end ? Instant.ofEpochSecond(at, nanos) : Instant.ofEpochSecond(end);
            }
            closing = end;
        }
        // plusWorkingDays only lands on days with real working time, so some interval was kept.
        return Instant.ofEpochSecond(closing);
    }

    private YearIndex yearOf(Instant instant) {
        YearIndex last = recent;
        if (last != null && last.contains(instant)) {
            return last;
        }
        // The local year differs from the UTC year only within a day of New Year.
        int guess = LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond(), 86_400)).getYear();
        YearIndex year = year(guess);
        if (instant.getEpochSecond() < year.startSecond) {
            year = year(guess - 1);
        } else if (instant.getEpochSecond() >= year.endSecond) {
            year = year(guess + 1);
        }
        recent = year;
        return year;
    }

    private YearIndex year(int year) {
        return years.computeIfAbsent(year, y -> new YearIndex(calendar, y));
    }
}
