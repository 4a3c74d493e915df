package org.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Working time follows the wall clock: a 23- or 25-hour day still has its nine office hours. */
class DaylightSavingTest {

    static BusinessCalendar everyDay(String zone, WorkingHours hours) {
        BusinessCalendar.Builder builder = BusinessCalendar.named("every-day", ZoneId.of(zone));
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.on(day, hours);
        }
        return builder.build();
    }

    static Instant at(BusinessCalendar calendar, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
    }

    @Test
    void an_office_day_on_the_berlin_spring_forward_sunday_is_still_nine_hours() {
        BusinessCalendar berlin = everyDay("Europe/Berlin", WorkingHours.parse("09:00-18:00"));

        assertThat(berlin.between(at(berlin, "2026-03-29T00:00"), at(berlin, "2026-03-30T00:00"))).isEqualTo(Duration.ofHours(9));
        assertThat(berlin.plus(at(berlin, "2026-03-28T17:00"), Duration.ofHours(2))).isEqualTo(at(berlin, "2026-03-29T10:00"));
    }

    @Test
    void a_round_the_clock_desk_works_23_hours_in_spring_and_25_in_autumn() {
        BusinessCalendar berlin = everyDay("Europe/Berlin", WorkingHours.parse("00:00-24:00"));

        assertThat(berlin.between(at(berlin, "2026-03-29T00:00"), at(berlin, "2026-03-30T00:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(berlin.between(at(berlin, "2026-10-25T00:00"), at(berlin, "2026-10-26T00:00"))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void a_night_shift_spanning_the_missing_hour_is_an_hour_shorter() {
        BusinessCalendar berlin = everyDay("Europe/Berlin", WorkingHours.parse("00:00-06:00"));
        Instant midnight = at(berlin, "2026-03-29T00:00");

        assertThat(berlin.between(midnight, at(berlin, "2026-03-29T12:00"))).isEqualTo(Duration.ofHours(5));
        assertThat(berlin.plus(midnight, Duration.ofHours(5))).isEqualTo(at(berlin, "2026-03-29T06:00"));
    }

    @Test
    void an_interval_starting_inside_the_gap_starts_when_the_clock_resumes() {
        BusinessCalendar berlin = everyDay("Europe/Berlin", WorkingHours.parse("02:30-04:00"));

        assertThat(berlin.between(at(berlin, "2026-03-29T00:00"), at(berlin, "2026-03-29T12:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(berlin.nextWorkingInstant(at(berlin, "2026-03-29T00:00"))).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void an_interval_ending_in_the_repeated_hour_ends_at_its_first_occurrence() {
        BusinessCalendar berlin = everyDay("Europe/Berlin", WorkingHours.parse("00:00-02:30"));

        assertThat(berlin.between(at(berlin, "2026-10-25T00:00"), at(berlin, "2026-10-25T12:00"))).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void new_york_deadlines_keep_office_hours_across_both_switches() {
        BusinessCalendar newYork = BusinessCalendar.named("ny", ZoneId.of("America/New_York"))
                .weekdays(WorkingHours.parse("09:00-17:00")).build();

        // Clocks spring forward on Sunday 8 March 2026 and fall back on Sunday 1 November 2026.
        assertThat(newYork.plus(at(newYork, "2026-03-06T16:00"), Duration.ofHours(2))).isEqualTo(at(newYork, "2026-03-09T10:00"));
        assertThat(newYork.plus(at(newYork, "2026-10-30T16:00"), Duration.ofHours(2))).isEqualTo(at(newYork, "2026-11-02T10:00"));
        assertThat(newYork.plusBusinessDays(at(newYork, "2026-10-30T11:15"), 1)).isEqualTo(at(newYork, "2026-11-02T11:15"));
    }

    @Test
    void moscow_has_no_switch_so_every_day_is_24_hours() {
        BusinessCalendar moscow = everyDay("Europe/Moscow", WorkingHours.parse("00:00-24:00"));
        Instant start = at(moscow, "2026-01-01T00:00");

        assertThat(moscow.between(start, at(moscow, "2027-01-01T00:00"))).isEqualTo(Duration.ofDays(365));
        assertThat(moscow.plusWorkingDays(LocalDate.of(2026, 3, 28), 2)).isEqualTo(LocalDate.of(2026, 3, 30));
    }
}
