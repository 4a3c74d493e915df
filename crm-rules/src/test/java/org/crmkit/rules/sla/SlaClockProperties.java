package org.crmkit.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.CalendarArbitraries;

class SlaClockProperties {

    enum Kind { PAUSE, RESUME, TICK }

    /** A clock event {@code afterSeconds} after the previous one. */
    record Event(Kind kind, long afterSeconds) {
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<Long> gaps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 4 * 86_400)));
        return Combinators.combine(Arbitraries.of(Kind.class), gaps).as(Event::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<Duration> targets() {
        return Arbitraries.longs().between(0, 200 * 60).map(Duration::ofMinutes);
    }

    @Property(tries = 300)
    void the_incrementally_kept_clock_always_equals_the_recomputation_from_history(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start, @ForAll("events") List<Event> events) {
        RunningSlaClock clock = RunningSlaClock.startedAt(calendar, start);
        SlaTimeline history = SlaTimeline.startedAt(start);
        Instant at = start;
        for (Event event : events) {
            at = at.plusSeconds(event.afterSeconds());
            switch (event.kind()) {
                case PAUSE -> { clock = clock.pause(at); history = history.pausedAt(at); }
                case RESUME -> { clock = clock.resume(at); history = history.resumedAt(at); }
                case TICK -> clock = clock.tick(at);
            }
            assertThat(clock.consumed()).isEqualTo(SlaClock.consumed(calendar, history, at));
            assertThat(clock.isRunning()).isEqualTo(history.isRunningAt(at));
        }
    }

    @Property(tries = 300)
    void consumed_time_never_decreases_as_the_clock_advances(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("events") List<Event> events, @ForAll @IntRange(max = 100) int steps) {
        SlaTimeline history = timeline(start, events);
        Duration previous = Duration.ZERO;
        Instant now = start.minusSeconds(3_600);
        for (int i = 0; i < steps; i++) {
            now = now.plusSeconds(3 * 3_600 + i * 97L);
            Duration consumed = SlaClock.consumed(calendar, history, now);
            assertThat(consumed).isGreaterThanOrEqualTo(previous);
            previous = consumed;
        }
    }

    @Property(tries = 300)
    void pausing_and_resuming_never_brings_a_deadline_forward(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("events") List<Event> events, @ForAll("targets") Duration target,
            @ForAll @IntRange(max = 10 * 86_400) int pauseFrom, @ForAll @IntRange(max = 5 * 86_400) int pauseLength,
            @ForAll @IntRange(max = 20 * 86_400) int nowAfter) {
        SlaTimeline history = timeline(start, events);
        SlaTimeline withPause = withExtraPause(history, start.plusSeconds(pauseFrom), start.plusSeconds(pauseFrom + pauseLength));
        Instant now = start.plusSeconds(nowAfter);

        assertThat(SlaClock.deadline(calendar, withPause, target, now)).isAfterOrEqualTo(SlaClock.deadline(calendar, history, target, now));
    }

    @Property(tries = 300)
    void the_clock_shows_exactly_the_target_at_the_deadline_if_it_runs_from_now_on(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("events") List<Event> events, @ForAll("targets") Duration target,
            @ForAll @IntRange(max = 20 * 86_400) int nowAfter) {
        SlaTimeline history = timeline(start, events);
        Instant now = start.plusSeconds(nowAfter);
        Instant deadline = SlaClock.deadline(calendar, history, target, now);
        SlaTimeline runningFromNow = SlaTimeline.of(transitionsUpTo(history, now)).resumedAt(now);

        assertThat(SlaClock.consumed(calendar, runningFromNow, deadline)).isEqualTo(target);
    }

    static SlaTimeline timeline(Instant start, List<Event> events) {
        SlaTimeline history = SlaTimeline.startedAt(start);
        Instant at = start;
        for (Event event : events) {
            at = at.plusSeconds(event.afterSeconds());
            if (event.kind() == Kind.PAUSE) {
                history = history.pausedAt(at);
            } else if (event.kind() == Kind.RESUME) {
                history = history.resumedAt(at);
            }
        }
        return history;
    }

    /** The same history with the clock also stopped in [from, to): re-evaluated at every point something changes. */
    static SlaTimeline withExtraPause(SlaTimeline history, Instant from, Instant to) {
        java.util.TreeSet<Instant> points = new java.util.TreeSet<>(List.of(from, to));
        history.transitions().forEach(t -> points.add(t.at()));
        List<ClockTransition> merged = new ArrayList<>();
        for (Instant point : points) {
            boolean inPause = !point.isBefore(from) && point.isBefore(to);
            merged.add(new ClockTransition(point, history.isRunningAt(point) && !inPause));
        }
        return SlaTimeline.of(merged);
    }

    static List<ClockTransition> transitionsUpTo(SlaTimeline history, Instant now) {
        return history.transitions().stream().filter(t -> !t.at().isAfter(now)).toList();
    }
}
