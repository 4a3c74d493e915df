package org.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarsTest {

    @Test
    void the_russian_2026_calendar_has_247_working_days_and_1972_working_hours() {
        BusinessCalendar russia = BusinessCalendars.russia2026();
        long workingDays = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).filter(russia::isWorkingDay).count();
        Duration hours = russia.between(
                LocalDateTime.parse("2026-01-01T00:00").atZone(russia.zone()).toInstant(),
                LocalDateTime.parse("2027-01-01T00:00").atZone(russia.zone()).toInstant());

        assertThat(russia.name()).isEqualTo("ru-moscow-2026");
        assertThat(workingDays).isEqualTo(247);
        assertThat(hours).isEqualTo(Duration.ofHours(1972));
    }

    @Test
    void the_russian_2026_calendar_rests_through_the_new_year_and_on_moved_days() {
        BusinessCalendar russia = BusinessCalendars.russia2026();

        assertThat(russia.plusWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(russia.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(russia.isWorkingDay(LocalDate.of(2026, 5, 11))).isFalse();
        assertThat(russia.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(russia.hoursOn(LocalDate.of(2026, 11, 3)).total()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void a_company_loads_its_own_calendar_with_a_worked_saturday() {
        BusinessCalendar calendar = BusinessCalendars.fromJson("""
                { "name": "acme-2027", "zone": "Asia/Yekaterinburg",
                  "week": { "monday": ["09:00-18:00"], "FRIDAY": ["09:00-16:45"] },
                  "holidays": ["2027-01-01"],
                  "workingDays": [ { "date": "2027-11-06", "hours": ["10:00-14:00"] } ],
                  "shortenedDays": [ { "date": "2027-11-01", "by": "PT1H" } ] }
                """);

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(calendar.hoursOn(LocalDate.of(2027, 11, 6))).isEqualTo(WorkingHours.parse("10:00-14:00"));
        assertThat(calendar.hoursOn(LocalDate.of(2027, 11, 1))).isEqualTo(WorkingHours.parse("09:00-17:00"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void every_problem_in_a_calendar_file_is_reported_at_once_with_its_path() {
        InvalidCalendar invalid = catchThrowableOfType(InvalidCalendar.class, () -> BusinessCalendars.fromJson("""
                { "zone": "Mars/Olympus",
                  "week": { "MONDAY": ["09:00-13:00", "12:00-18:00"], "FUNDAY": [], "TUESDAY": ["9-18"] },
                  "holidays": ["2026-02-30", "2026-03-09", "2026-03-09"],
                  "workingDays": [ { "date": "2026-03-09", "hours": ["10:00-14:00"] } ],
                  "shortenedDays": [ { "date": "2026-03-07", "by": "PT1H" }, { "date": "2026-03-10", "by": "an hour" } ],
                  "holliday": [] }
                """));

        assertThat(invalid.problems()).extracting(CalendarProblem::path).containsExactlyInAnyOrder(
                "$.holliday", "$.name", "$.zone", "$.week.MONDAY", "$.week.FUNDAY", "$.week.TUESDAY[0]",
                "$.holidays[0]", "$.holidays[2]", "$.workingDays[0].date", "$.shortenedDays[0].date", "$.shortenedDays[1].by");
        assertThat(invalid.code()).isEqualTo("calendar.invalid");
        assertThat(invalid.messageRu()).startsWith("Некорректный производственный календарь");
    }

    @Test
    void text_that_is_not_json_is_reported_with_its_line() {
        InvalidCalendar invalid = catchThrowableOfType(InvalidCalendar.class, () -> BusinessCalendars.fromJson("{ \"name\": "));

        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.message()).contains("line 1");
        });
    }
}
