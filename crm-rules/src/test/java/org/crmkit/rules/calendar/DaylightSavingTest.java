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
    void a_business_day_landing_on_the_sydney_spring_forward_skips_the_shift_the_clocks_skip() {
        // Found by jqwik (BusinessCalendarProperties, seed 4736512754101104671): on Sunday 5 October 2025 the
        // 02:00-03:00 shift does not exist, so a deadline due "at the start of the next shift" is the 04:00 one,
        // not 03:00 (the instant the clock resumes), which is neither working time nor the end of it.
        BusinessCalendar sydney = BusinessCalendar.named("night-desk", ZoneId.of("Australia/Sydney"))
                .on(DayOfWeek.SATURDAY, WorkingHours.parse("00:00-01:00"))
                .on(DayOfWeek.SUNDAY, WorkingHours.parse("02:00-03:00", "04:00-05:00")).build();

        Instant deadline = sydney.plusBusinessDays(at(sydney, "2025-10-04T00:00"), 1);

        assertThat(deadline).isEqualTo(at(sydney, "2025-10-05T04:00")).isEqualTo(Instant.parse("2025-10-04T17:00:00Z"));
        assertThat(sydney.isWorkingTime(deadline)).isTrue();
    }

    @Test
    void a_shift_lost_whole_in_the_sydney_spring_forward_is_no_working_day() {
        // On Sunday 5 October 2025 Sydney's clocks jump from 02:00 to 03:00: a 02:00-03:00 shift works no time.
        BusinessCalendar sydney = BusinessCalendar.named("night-desk", ZoneId.of("Australia/Sydney"))
                .on(DayOfWeek.SUNDAY, WorkingHours.parse("02:00-03:00")).build();

        assertThat(sydney.isWorkingDay(LocalDate.of(2025, 10, 5))).isFalse();
        assertThat(sydney.plusWorkingDays(LocalDate.of(2025, 9, 28), 1)).isEqualTo(LocalDate.of(2025, 10, 12));
        assertThat(sydney.plusBusinessDays(at(sydney, "2025-09-28T02:30"), 1)).isEqualTo(at(sydney, "2025-10-12T02:30"));
    }

    @Test
    void a_business_day_landing_in_the_sydney_gap_at_the_end_of_a_shift_ends_with_the_shift() {
        // 02:30 does not exist on 5 October 2025; the clock resumes at 03:00, exactly when the 01:00-03:00 shift ends.
        BusinessCalendar sydney = BusinessCalendar.named("night-desk", ZoneId.of("Australia/Sydney"))
                .on(DayOfWeek.SUNDAY, WorkingHours.parse("01:00-03:00")).build();
        Instant start = at(sydney, "2025-09-28T02:30").plusMillis(500);

        Instant deadline = sydney.plusBusinessDays(start, 1);

        assertThat(deadline).isEqualTo(Instant.parse("2025-10-04T16:00:00Z"));
        assertThat(sydney.isWorkingTime(deadline)).isFalse();
        assertThat(sydney.isWorkingTime(deadline.minusNanos(1))).isTrue();
    }

    @Test
    void moscow_has_no_switch_so_every_day_is_24_hours() {
        BusinessCalendar moscow = everyDay("Europe/Moscow", WorkingHours.parse("00:00-24:00"));
        Instant start = at(moscow, "2026-01-01T00:00");

        assertThat(moscow.between(start, at(moscow, "2027-01-01T00:00"))).isEqualTo(Duration.ofDays(365));
        assertThat(moscow.plusWorkingDays(LocalDate.of(2026, 3, 28), 2)).isEqualTo(LocalDate.of(2026, 3, 30));
    }
}
