package org.crmkit.rules.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * The working intervals of one local calendar year as offsets from the year's first instant, with the
 * working seconds before each interval and the working days before each date. Positions inside the year are
 * nanoseconds from its start; a year is at most 366 days, so they fit a long with room to spare.
 */
final class YearIndex {

    static final long NANOS = 1_000_000_000L;

    final int year;
    final long startSecond;
    final long endSecond;
    private final int[] starts;
    private final int[] ends;
    private final long[] workedBefore;   // seconds worked before interval i; last element is the year's total
    private final int[] workingDaysBefore; // working days before day-of-year index d; last element is the total

    YearIndex(BusinessCalendar calendar, int year) {
        ZoneRules rules = calendar.zone().getRules();
        this.year = year;
        LocalDate first = LocalDate.ofYearDay(year, 1);
        this.startSecond = epochSecond(rules, first, 0);
        this.endSecond = epochSecond(rules, first.plusYears(1), 0);
        int days = first.lengthOfYear();
        int[] s = new int[days * 4];
        int[] e = new int[days * 4];
        workingDaysBefore = new int[days + 1];
        int count = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            List<WorkingInterval> intervals = calendar.hoursOn(date).intervals();
            int countBefore = count;
            for (WorkingInterval interval : intervals) {
                long from = epochSecond(rules, date, interval.startSecond()) - startSecond;
                long to = epochSecond(rules, date, interval.endSecond()) - startSecond;
                if (to <= from) {
                    continue; // swallowed whole by a spring-forward gap
                }
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = (int) from;
                e[count] = (int) to;
                count++;
            }
            // A day whose hours all vanish in a spring-forward gap has no working time, so it is no working day.
            workingDaysBefore[d + 1] = workingDaysBefore[d] + (count > countBefore ? 1 : 0);
        }
        starts = Arrays.copyOf(s, count);
        ends = Arrays.copyOf(e, count);
        workedBefore = new long[count + 1];
        for (int i = 0; i < count; i++) {
            workedBefore[i + 1] = workedBefore[i] + ends[i] - starts[i];
        }
    }

    /**
     * Local wall-clock time to instant, monotone in the wall-clock time: a time in a gap becomes the first
     * instant after the gap, a time in an overlap its first occurrence.
     */
    static long epochSecond(ZoneRules rules, LocalDate date, int secondOfDay) {
        LocalDateTime local = date.atStartOfDay().plusSeconds(secondOfDay);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant().getEpochSecond();
        }
        return local.toEpochSecond(offsets.get(0));
    }

    boolean contains(Instant instant) {
        return instant.getEpochSecond() >= startSecond && instant.getEpochSecond() < endSecond;
    }

    long position(Instant instant) {
        return (instant.getEpochSecond() - startSecond) * NANOS + instant.getNano();
    }

    Instant instantAt(long position) {
        return Instant.ofEpochSecond(startSecond, position);
    }

    long totalNanos() {
        return workedBefore[starts.length] * NANOS;
    }

    /** Business nanoseconds worked in this year before the position. */
    long workedBefore(long position) {
        int i = lastStartingAtOrBefore(position);
        if (i < 0) {
            return 0;
        }
        return workedBefore[i] * NANOS + Math.min(position, ends[i] * NANOS) - starts[i] * NANOS;
    }

    boolean isWorking(long position) {
        int i = lastStartingAtOrBefore(position);
        return i >= 0 && position < ends[i] * NANOS;
    }

    /** Position of the first working instant at or after the position, or -1 if none is left this year. */
    long nextWorking(long position) {
        int i = lastStartingAtOrBefore(position);
        if (i >= 0 && position < ends[i] * NANOS) {
            return position;
        }
        return i + 1 < starts.length ? starts[i + 1] * NANOS : -1;
    }

    /** Earliest position by which {@code worked} nanoseconds (0 < worked <= total) have been worked. */
    long positionAfterWorking(long worked) {
        int lo = 1;
        int hi = starts.length;
        while (lo < hi) { // smallest k with workedBefore[k] * NANOS >= worked
            int mid = (lo + hi) >>> 1;
            if (workedBefore[mid] * NANOS >= worked) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int i = lo - 1;
        return starts[i] * NANOS + worked - workedBefore[i] * NANOS;
    }

    int workingDaysBefore(int dayOfYearIndex) {
        return workingDaysBefore[dayOfYearIndex];
    }

    /** Whether the day (0-based index in the year) has any real working time. */
    boolean isWorkingDay(int dayOfYearIndex) {
        return workingDaysBefore[dayOfYearIndex + 1] > workingDaysBefore[dayOfYearIndex];
    }

    int workingDays() {
        return workingDaysBefore[workingDaysBefore.length - 1];
    }

    /** Date of the {@code n}-th working day of the year, 1-based, n <= {@link #workingDays()}. */
    LocalDate nthWorkingDay(int n) {
        int lo = 0;
        int hi = workingDaysBefore.length - 2;
        while (lo < hi) { // smallest d with workingDaysBefore[d + 1] >= n
            int mid = (lo + hi) >>> 1;
            if (workingDaysBefore[mid + 1] >= n) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofYearDay(year, lo + 1);
    }

    private int lastStartingAtOrBefore(long position) {
        long second = Math.floorDiv(position, NANOS);
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= second) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
