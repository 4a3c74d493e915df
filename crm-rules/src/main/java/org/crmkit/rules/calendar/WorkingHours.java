package org.crmkit.rules.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The working wall-clock intervals of one day, sorted and not overlapping (touching is allowed, and merged).
 * {@link #NONE} is a day off. Business time on a day is measured by these wall-clock intervals, so a
 * 09:00–18:00 day is nine hours whether or not the clocks change that night.
 */
public final class WorkingHours {

    /** A day off. */
    public static final WorkingHours NONE = new WorkingHours(List.of());

    private final List<WorkingInterval> intervals;

    private WorkingHours(List<WorkingInterval> intervals) {
        this.intervals = intervals;
    }

    public static WorkingHours of(List<WorkingInterval> intervals) {
        List<WorkingInterval> sorted = new ArrayList<>(Objects.requireNonNull(intervals, "intervals"));
        sorted.sort(Comparator.comparingInt(WorkingInterval::startSecond));
        List<WorkingInterval> merged = new ArrayList<>();
        for (WorkingInterval next : sorted) {
            if (merged.isEmpty()) {
                merged.add(next);
                continue;
            }
            WorkingInterval last = merged.get(merged.size() - 1);
            if (next.startSecond() < last.endSecond()) {
                throw new IllegalArgumentException("working intervals overlap: " + last + " and " + next);
            }
            if (next.startSecond() == last.endSecond()) {
                merged.set(merged.size() - 1, new WorkingInterval(last.start(), next.end()));
            } else {
                merged.add(next);
            }
        }
        return merged.isEmpty() ? NONE : new WorkingHours(List.copyOf(merged));
    }

    public static WorkingHours of(WorkingInterval... intervals) {
        return of(List.of(intervals));
    }

    /** {@code WorkingHours.parse("09:00-13:00", "14:00-18:00")}. */
    public static WorkingHours parse(String... intervals) {
        List<WorkingInterval> parsed = new ArrayList<>();
        for (String interval : intervals) {
            parsed.add(WorkingInterval.parse(interval));
        }
        return of(parsed);
    }

    public List<WorkingInterval> intervals() {
        return intervals;
    }

    public boolean isDayOff() {
        return intervals.isEmpty();
    }

    /** Working time by the wall clock. */
    public Duration total() {
        return Duration.ofSeconds(intervals.stream().mapToLong(WorkingInterval::seconds).sum());
    }

    /**
     * The same day finishing earlier by {@code amount}, as the Russian Labour Code shortens a pre-holiday day
     * by an hour: the cut is taken from the end of the day, dropping whole intervals if needed.
     */
    public WorkingHours shortenedBy(Duration amount) {
        if (amount.isNegative() || amount.getNano() != 0) {
            throw new IllegalArgumentException("a day can only be shortened by a whole, non-negative number of seconds: " + amount);
        }
        long toCut = amount.getSeconds();
        if (toCut >= total().getSeconds()) {
            throw new IllegalArgumentException("cannot shorten a " + total() + " day by " + amount);
        }
        List<WorkingInterval> kept = new ArrayList<>(intervals);
        while (toCut > 0) {
            WorkingInterval last = kept.remove(kept.size() - 1);
            if (last.seconds() > toCut) {
                kept.add(new WorkingInterval(last.start(), last.start().plusSeconds(last.seconds() - toCut)));
            }
            toCut -= Math.min(toCut, last.seconds());
        }
        return of(kept);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingHours that && intervals.equals(that.intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return intervals.isEmpty() ? "day off" : intervals.toString();
    }
}
