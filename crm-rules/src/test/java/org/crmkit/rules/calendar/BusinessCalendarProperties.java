package org.crmkit.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarProperties {

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> businessTimes() {
        return CalendarArbitraries.businessTimes();
    }

    @Property(tries = 500)
    void adding_business_time_and_measuring_it_back_gives_the_same_amount(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start, @ForAll("businessTimes") Duration amount) {
        assertThat(calendar.between(start, calendar.plus(start, amount))).isEqualTo(amount);
    }

    @Property(tries = 500)
    void a_deadline_is_reached_while_working_so_the_instant_before_it_is_working_time(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start, @ForAll("businessTimes") Duration amount) {
        Assume.that(!amount.isZero());
        Instant deadline = calendar.plus(start, amount);

        assertThat(calendar.isWorkingTime(deadline.minusNanos(1))).isTrue();
        assertThat(deadline).isAfter(start);
    }

    @Property(tries = 500)
    void adding_in_two_steps_equals_adding_in_one(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("businessTimes") Duration first, @ForAll("businessTimes") Duration second) {
        assertThat(calendar.plus(calendar.plus(start, first), second)).isEqualTo(calendar.plus(start, first.plus(second)));
    }

    @Property(tries = 500)
    void business_time_adds_up_over_consecutive_spans(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        assertThat(calendar.between(a, b).plus(calendar.between(b, c))).isEqualTo(calendar.between(a, c));
    }

    @Property(tries = 300)
    void business_time_never_exceeds_elapsed_time(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Assume.that(!b.isBefore(a));

        assertThat(calendar.between(a, b)).isBetween(Duration.ZERO, Duration.between(a, b));
    }

    @Property(tries = 1000)
    void the_index_agrees_with_walking_the_days_one_by_one(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll @IntRange(max = 40 * 24) int hours) {
        Instant b = a.plus(Duration.ofHours(hours)).plusSeconds(hours * 7L);

        assertThat(calendar.between(a, b)).isEqualTo(walkingDayByDay(calendar, a, b));
    }

    @Property(tries = 500)
    void the_next_working_instant_is_working_time_and_nothing_before_it_is(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant instant) {
        Instant next = calendar.nextWorkingInstant(instant);

        assertThat(calendar.isWorkingTime(next)).isTrue();
        assertThat(calendar.between(instant, next)).isZero();
        assertThat(calendar.isWorkingTime(instant)).isEqualTo(next.equals(instant));
    }

    @Property(tries = 300)
    void working_days_land_on_working_days_and_skip_exactly_the_days_off(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant instant, @ForAll @IntRange(min = 1, max = 300) int days) {
        LocalDate start = instant.atZone(calendar.zone()).toLocalDate();
        LocalDate result = calendar.plusWorkingDays(start, days);

        assertThat(calendar.isWorkingDay(result)).isTrue();
        assertThat(start.plusDays(1).datesUntil(result.plusDays(1)).filter(calendar::isWorkingDay).count()).isEqualTo(days);
    }

    @Property(tries = 300)
    void business_days_always_move_forward_to_working_time_or_its_end(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant instant, @ForAll @IntRange(min = 1, max = 30) int days) {
        Instant result = calendar.plusBusinessDays(instant, days);

        assertThat(result).isAfter(instant);
        assertThat(calendar.isWorkingTime(result) || calendar.isWorkingTime(result.minusNanos(1))).isTrue();
    }

    /** The obvious, slow definition: sum the overlap of [a, b) with every working interval of every day. */
    static Duration walkingDayByDay(BusinessCalendar calendar, Instant a, Instant b) {
        Duration total = Duration.ZERO;
        LocalDate last = b.atZone(calendar.zone()).toLocalDate().plusDays(1);
        for (LocalDate day = a.atZone(calendar.zone()).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingInterval interval : calendar.hoursOn(day).intervals()) {
                Instant start = ZonedDateTime.of(day.atStartOfDay().plusSeconds(interval.startSecond()), calendar.zone())
                        .withEarlierOffsetAtOverlap().toInstant();
                Instant end = ZonedDateTime.of(day.atStartOfDay().plusSeconds(interval.endSecond()), calendar.zone())
                        .withEarlierOffsetAtOverlap().toInstant();
                Instant from = start.isAfter(a) ? start : a;
                Instant to = end.isBefore(b) ? end : b;
                if (to.isAfter(from)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }
}
