package org.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final WorkingHours OFFICE = WorkingHours.parse("09:00-13:00", "14:00-18:00");

    static final BusinessCalendar moscow = BusinessCalendar.named("test-moscow", MOSCOW)
            .weekdays(OFFICE)
            .holiday(LocalDate.of(2026, 2, 23))
            .build();

    static Instant at(BusinessCalendar calendar, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
    }

    @Test
    void a_claim_registered_friday_at_17_with_four_business_hours_is_due_monday_at_12() {
        Instant registered = at(moscow, "2026-02-13T17:00");

        assertThat(moscow.plus(registered, Duration.ofHours(4))).isEqualTo(at(moscow, "2026-02-16T12:00"));
    }

    @Test
    void a_holiday_in_between_pushes_the_deadline_a_day_further() {
        Instant registeredBeforeDefenderOfTheFatherlandDay = at(moscow, "2026-02-20T17:00");

        assertThat(moscow.plus(registeredBeforeDefenderOfTheFatherlandDay, Duration.ofHours(4)))
                .isEqualTo(at(moscow, "2026-02-24T12:00"));
    }

    @Test
    void the_lunch_break_does_not_count() {
        assertThat(moscow.plus(at(moscow, "2026-02-16T12:00"), Duration.ofHours(2))).isEqualTo(at(moscow, "2026-02-16T15:00"));
        assertThat(moscow.between(at(moscow, "2026-02-16T12:30"), at(moscow, "2026-02-16T14:30"))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_deadline_reached_at_closing_time_is_that_evening_not_the_next_morning() {
        assertThat(moscow.plus(at(moscow, "2026-02-16T17:00"), Duration.ofHours(1))).isEqualTo(at(moscow, "2026-02-16T18:00"));
    }

    @Test
    void adding_time_from_a_weekend_starts_counting_at_monday_opening() {
        assertThat(moscow.plus(at(moscow, "2026-02-14T11:00"), Duration.ofMinutes(30))).isEqualTo(at(moscow, "2026-02-16T09:30"));
    }

    @Test
    void adding_nothing_leaves_the_instant_where_it_was_even_outside_working_time() {
        Instant saturday = at(moscow, "2026-02-14T11:00");

        assertThat(moscow.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void a_transferred_saturday_counts_with_its_own_hours() {
        BusinessCalendar withWorkingSaturday = BusinessCalendar.named("transfer", MOSCOW)
                .weekdays(OFFICE)
                .workingDay(LocalDate.of(2026, 2, 14), WorkingHours.parse("10:00-15:00"))
                .build();

        assertThat(withWorkingSaturday.plus(at(withWorkingSaturday, "2026-02-13T17:00"), Duration.ofHours(4)))
                .isEqualTo(at(withWorkingSaturday, "2026-02-14T13:00"));
    }

    @Test
    void a_weekday_moved_off_does_not_count() {
        assertThat(moscow.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(moscow.between(at(moscow, "2026-02-20T09:00"), at(moscow, "2026-02-24T09:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void business_time_between_friday_evening_and_monday_morning_is_the_hours_actually_worked() {
        assertThat(moscow.between(at(moscow, "2026-02-13T17:00"), at(moscow, "2026-02-16T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(moscow.between(at(moscow, "2026-02-16T10:00"), at(moscow, "2026-02-13T17:00"))).isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void working_time_is_open_at_the_start_and_closed_at_the_end_of_an_interval() {
        assertThat(moscow.isWorkingTime(at(moscow, "2026-02-16T09:00"))).isTrue();
        assertThat(moscow.isWorkingTime(at(moscow, "2026-02-16T12:59:59"))).isTrue();
        assertThat(moscow.isWorkingTime(at(moscow, "2026-02-16T13:00"))).isFalse();
        assertThat(moscow.isWorkingTime(at(moscow, "2026-02-16T18:00"))).isFalse();
        assertThat(moscow.isWorkingTime(at(moscow, "2026-02-14T10:00"))).isFalse();
    }

    @Test
    void the_next_working_instant_is_the_next_opening_or_now_if_open() {
        assertThat(moscow.nextWorkingInstant(at(moscow, "2026-02-16T13:20"))).isEqualTo(at(moscow, "2026-02-16T14:00"));
        assertThat(moscow.nextWorkingInstant(at(moscow, "2026-02-20T18:00"))).isEqualTo(at(moscow, "2026-02-24T09:00"));
        assertThat(moscow.nextWorkingInstant(at(moscow, "2026-02-16T10:15"))).isEqualTo(at(moscow, "2026-02-16T10:15"));
    }

    @Test
    void working_days_skip_weekends_and_holidays_and_do_not_count_the_start_date() {
        assertThat(moscow.plusWorkingDays(LocalDate.of(2026, 2, 20), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(moscow.plusWorkingDays(LocalDate.of(2026, 2, 21), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(moscow.plusWorkingDays(LocalDate.of(2026, 2, 16), 0)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(moscow.plusWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void business_days_keep_the_local_time_of_day() {
        assertThat(moscow.plusBusinessDays(at(moscow, "2026-02-16T10:30"), 2)).isEqualTo(at(moscow, "2026-02-18T10:30"));
    }

    @Test
    void business_days_from_the_lunch_break_or_a_weekend_count_from_the_next_opening() {
        assertThat(moscow.plusBusinessDays(at(moscow, "2026-02-16T13:30"), 1)).isEqualTo(at(moscow, "2026-02-17T14:00"));
        assertThat(moscow.plusBusinessDays(at(moscow, "2026-02-14T11:00"), 1)).isEqualTo(at(moscow, "2026-02-17T09:00"));
    }

    @Test
    void a_business_day_ending_on_a_shortened_day_ends_at_its_earlier_closing() {
        BusinessCalendar russia = BusinessCalendars.russia2026();

        assertThat(russia.plusBusinessDays(at(russia, "2026-04-29T17:30"), 1)).isEqualTo(at(russia, "2026-04-30T17:00"));
    }

    @Test
    void a_business_day_from_just_after_a_full_second_ends_exactly_at_a_shortened_days_closing() {
        // Found by jqwik (seed 4736512754101104671): a start a few nanoseconds past 10:00 used to keep its
        // nanoseconds on a day closing at 10:00, landing after the closing, outside working time.
        BusinessCalendar sydney = BusinessCalendar.named("sydney", ZoneId.of("Australia/Sydney"))
                .weekdays(WorkingHours.parse("09:00-18:00"))
                .shortened(LocalDate.of(2025, 9, 2), Duration.ofHours(8))
                .build();
        Instant start = at(sydney, "2025-09-01T10:00").plusNanos(2);

        Instant deadline = sydney.plusBusinessDays(start, 1);

        assertThat(deadline).isEqualTo(at(sydney, "2025-09-02T10:00"));
        assertThat(sydney.isWorkingTime(deadline.minusNanos(1))).isTrue();
    }

    @Test
    void spans_across_years_add_up_year_by_year() {
        BusinessCalendar plain = BusinessCalendar.named("plain", MOSCOW).weekdays(WorkingHours.parse("09:00-17:00")).build();
        Instant start = at(plain, "2025-12-31T16:00");
        Instant end = at(plain, "2028-01-03T10:00");
        Duration between = plain.between(start, end);

        assertThat(plain.plus(start, between)).isEqualTo(end);
        assertThat(between.toHours()).isEqualTo(1 + 8 * (261 + 261) + 1); // 2026 and 2027 have 261 weekdays each
    }

    @Test
    void a_calendar_without_any_working_weekday_is_refused() {
        assertThatThrownBy(() -> BusinessCalendar.named("never", MOSCOW).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_holiday_cannot_also_be_a_working_day() {
        BusinessCalendar.Builder builder = BusinessCalendar.named("x", MOSCOW).weekdays(OFFICE).holiday(LocalDate.of(2026, 3, 9));

        assertThatThrownBy(() -> builder.workingDay(LocalDate.of(2026, 3, 9), OFFICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_shortened_day_loses_the_hour_at_its_end() {
        assertThat(OFFICE.shortenedBy(Duration.ofHours(1))).isEqualTo(WorkingHours.parse("09:00-13:00", "14:00-17:00"));
        assertThat(OFFICE.shortenedBy(Duration.ofHours(5))).isEqualTo(WorkingHours.parse("09:00-12:00"));
        assertThat(moscow.weeklyHours(DayOfWeek.SATURDAY).isDayOff()).isTrue();
    }
}
