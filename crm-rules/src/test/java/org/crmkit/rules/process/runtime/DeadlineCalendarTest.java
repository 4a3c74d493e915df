package org.crmkit.rules.process.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {
    private static final BusinessCalendar RUSSIA_2026 = BusinessCalendars.russia2026();

    @Test
    void plain_weekdays_skip_the_weekend_at_the_same_time_of_day() {
        DeadlineCalendar weekdays = DeadlineCalendar.weekdays(ZoneOffset.UTC);

        assertThat(weekdays.addBusinessDays(Instant.parse("2026-11-27T15:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
    }

    @Test
    void the_company_calendar_skips_public_holidays() {
        DeadlineCalendar company = DeadlineCalendar.of(RUSSIA_2026);

        // Tuesday 3 November 2026, 10:00 in Moscow; 4 November (National Unity Day) is off.
        assertThat(company.addBusinessDays(Instant.parse("2026-11-03T07:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-05T07:00:00Z"));
        // The plain weekday calendar does not know the holiday.
        assertThat(DeadlineCalendar.weekdays(ZoneOffset.ofHours(3))
                .addBusinessDays(Instant.parse("2026-11-03T07:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-04T07:00:00Z"));
    }

    @Test
    void with_the_company_calendar_work_handed_out_on_a_saturday_counts_from_monday_opening() {
        DeadlineCalendar company = DeadlineCalendar.of(RUSSIA_2026);

        // Saturday 28 November 2026 → Monday 09:00 in Moscow, then one working day: Tuesday 09:00.
        assertThat(company.addBusinessDays(Instant.parse("2026-11-28T12:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
    }

    @Test
    void the_environment_takes_the_company_calendar_directly() {
        ProcessEnvironment environment = ProcessEnvironment.of(org.crmkit.rules.process.Processes.catalog())
                .withCalendar(RUSSIA_2026);

        assertThat(environment.calendar().addBusinessDays(Instant.parse("2026-11-03T07:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-05T07:00:00Z"));
    }
}
