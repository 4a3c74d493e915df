package org.crmkit.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    static final BusinessCalendar office = BusinessCalendar.named("office", ZoneId.of("Europe/Moscow"))
            .weekdays(WorkingHours.parse("09:00-13:00", "14:00-18:00"))
            .holiday(LocalDate.of(2026, 2, 23))
            .build();

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(office.zone()).toInstant();
    }

    @Test
    void a_running_clock_consumes_only_working_time() {
        SlaTimeline registeredFriday = SlaTimeline.startedAt(at("2026-02-13T17:00"));

        assertThat(SlaClock.consumed(office, registeredFriday, at("2026-02-16T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_four_hour_response_target_from_friday_17_is_due_monday_12() {
        SlaTimeline registeredFriday = SlaTimeline.startedAt(at("2026-02-13T17:00"));

        assertThat(SlaClock.deadline(office, registeredFriday, Duration.ofHours(4), at("2026-02-13T17:00")))
                .isEqualTo(at("2026-02-16T12:00"));
    }

    @Test
    void waiting_for_the_client_stops_the_clock_and_pushes_the_deadline_out() {
        SlaTimeline waiting = SlaTimeline.startedAt(at("2026-02-16T09:00"))
                .pausedAt(at("2026-02-16T10:00"))
                .resumedAt(at("2026-02-16T15:00"));
        Instant evening = at("2026-02-16T17:00");

        assertThat(SlaClock.consumed(office, waiting, evening)).isEqualTo(Duration.ofHours(3));
        // Five hours left at 17:00: one tonight, four tomorrow morning, reached as the morning closes at 13:00.
        assertThat(SlaClock.deadline(office, waiting, Duration.ofHours(8), evening)).isEqualTo(at("2026-02-17T13:00"));
    }

    @Test
    void while_paused_the_deadline_assumes_the_clock_restarts_now() {
        SlaTimeline paused = SlaTimeline.startedAt(at("2026-02-16T09:00")).pausedAt(at("2026-02-16T11:00"));

        assertThat(SlaClock.deadline(office, paused, Duration.ofHours(4), at("2026-02-16T11:00"))).isEqualTo(at("2026-02-16T13:00"));
        assertThat(SlaClock.deadline(office, paused, Duration.ofHours(4), at("2026-02-17T11:00"))).isEqualTo(at("2026-02-17T13:00"));
    }

    @Test
    void a_target_reached_in_the_past_keeps_the_instant_it_was_reached() {
        SlaTimeline started = SlaTimeline.startedAt(at("2026-02-16T09:00"));

        assertThat(SlaClock.deadline(office, started, Duration.ofHours(2), at("2026-02-18T16:00"))).isEqualTo(at("2026-02-16T11:00"));
    }

    @Test
    void a_history_of_status_intervals_reads_the_same_as_transitions() {
        SlaTimeline fromStatuses = SlaTimeline.fromStatusIntervals(List.of(
                new StatusInterval(at("2026-02-16T09:00"), at("2026-02-16T10:00"), false),
                new StatusInterval(at("2026-02-16T10:00"), at("2026-02-16T15:00"), true),
                new StatusInterval(at("2026-02-16T15:00"), null, false)));
        SlaTimeline fromTransitions = SlaTimeline.startedAt(at("2026-02-16T09:00"))
                .pausedAt(at("2026-02-16T10:00")).resumedAt(at("2026-02-16T15:00"));
        Instant now = at("2026-02-18T12:00");

        assertThat(SlaClock.consumed(office, fromStatuses, now)).isEqualTo(SlaClock.consumed(office, fromTransitions, now));
    }

    @Test
    void recomputing_gives_the_same_answer_however_often_it_is_done() {
        SlaTimeline timeline = SlaTimeline.startedAt(at("2026-02-20T16:00")).pausedAt(at("2026-02-24T10:00"));
        Instant now = at("2026-02-25T10:00");

        assertThat(SlaClock.consumed(office, timeline, now)).isEqualTo(SlaClock.consumed(office, timeline, now)).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void the_incremental_clock_follows_pause_resume_and_tick() {
        RunningSlaClock clock = RunningSlaClock.startedAt(office, at("2026-02-16T09:00"))
                .pause(at("2026-02-16T10:00"))
                .tick(at("2026-02-16T12:00"))
                .resume(at("2026-02-16T15:00"))
                .tick(at("2026-02-16T16:30"));

        assertThat(clock.consumed()).isEqualTo(Duration.ofMinutes(150));
        assertThat(clock.isRunning()).isTrue();
        assertThatThrownBy(() -> clock.tick(at("2026-02-16T16:00"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_history_going_back_in_time_is_refused() {
        assertThatThrownBy(() -> SlaTimeline.startedAt(at("2026-02-16T09:00")).pausedAt(at("2026-02-16T08:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
