package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.RunningSlaClock;
import org.crmkit.rules.sla.SlaClock;
import org.crmkit.rules.sla.SlaTimeline;

/**
 * SLA clocks read off random claim lifecycles (every command the Claim aggregate has, at random gaps), on the
 * test calendar with a holiday and on the Russian 2026 production calendar.
 */
class ClaimSlaClockProperties {
    static final BusinessCalendar[] CALENDARS = {ServiceCompany.CALENDAR, BusinessCalendars.russia2026()};
    static final EmployeeId AGENT = EmployeeId.newId();
    static final DepartmentId DEPARTMENT = DepartmentId.newId();

    enum Command { RESPOND, REVIEW, ASSIGN, WAIT_FOR_CUSTOMER, RESUME, INVOLVE_SUPPLIER, SUPPLIER_ANSWER, RESOLVE,
        REJECT, CLOSE, REOPEN }

    record Step(Command command, long afterMinutes) {
    }

    @Provide
    Arbitrary<List<Step>> lives() {
        Arbitrary<Long> gaps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(1, 600)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(600, 4 * 1440)));
        return Combinators.combine(Arbitraries.of(Command.class), gaps).as(Step::new).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Instant> registrations() {
        return Arbitraries.longs().between(0, 300L * 1440).map(m -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(m * 60));
    }

    @Property(tries = 200)
    void the_one_pass_clock_equals_the_clock_read_off_the_claims_timeline(@ForAll("registrations") Instant registered,
            @ForAll("lives") List<Step> life, @ForAll @IntRange(min = 0, max = 1) int calendarIndex,
            @ForAll @IntRange(min = 0, max = 20_000) int minutesAfterEnd) {
        BusinessCalendar calendar = CALENDARS[calendarIndex];
        Claim claim = live(registered, life);
        Instant lastEvent = last(claim);
        for (Milestone milestone : Milestone.values()) {
            SlaTimeline timeline = ClaimSlaClocks.timeline(claim, milestone);
            for (Instant at : List.of(registered, lastEvent, lastEvent.plusSeconds(minutesAfterEnd * 60L))) {
                assertThat(ClaimSlaClocks.consumedNanos(claim.history(), milestone, calendar, at))
                        .isEqualTo(SlaClock.consumed(calendar, timeline, at).toNanos());
            }
        }
    }

    @Property(tries = 200)
    void reading_both_clocks_in_one_pass_equals_reading_each_milestone_on_its_own(
            @ForAll("registrations") Instant registered, @ForAll("lives") List<Step> life,
            @ForAll @IntRange(min = 0, max = 1) int calendarIndex, @ForAll @IntRange(min = 0, max = 20_000) int minutesAfterEnd) {
        BusinessCalendar calendar = CALENDARS[calendarIndex];
        Claim claim = live(registered, life);
        Instant lastEvent = last(claim);
        for (Instant at : List.of(registered, registered.plusSeconds(minutesAfterEnd * 30L), lastEvent,
                lastEvent.plusSeconds(minutesAfterEnd * 60L))) {
            ClaimSlaClocks.Reading reading = ClaimSlaClocks.read(claim.history(), calendar, at);

            assertThat(reading.responseNanos())
                    .isEqualTo(ClaimSlaClocks.consumedNanos(claim.history(), Milestone.FIRST_RESPONSE, calendar, at));
            assertThat(reading.resolutionNanos())
                    .isEqualTo(ClaimSlaClocks.consumedNanos(claim.history(), Milestone.RESOLUTION, calendar, at));
            assertThat(reading.responded()).isEqualTo(ClaimSlaClocks.doneAt(claim, Milestone.FIRST_RESPONSE, at) != null);
            assertThat(reading.resolved()).isEqualTo(ClaimSlaClocks.doneAt(claim, Milestone.RESOLUTION, at) != null);
        }
    }

    @Property(tries = 200)
    void recomputing_from_the_history_equals_a_clock_kept_event_by_event(@ForAll("registrations") Instant registered,
            @ForAll("lives") List<Step> life) {
        BusinessCalendar calendar = ServiceCompany.CALENDAR;
        Claim claim = live(registered, life);
        RunningSlaClock kept = RunningSlaClock.startedAt(calendar, registered);
        for (ClaimTransition transition : claim.history()) {
            kept = ClaimSlaClocks.runs(transition.to()) ? kept.resume(transition.at()) : kept.pause(transition.at());
        }
        Instant end = last(claim).plusSeconds(3600);
        assertThat(ClaimSlaClocks.consumedNanos(claim.history(), Milestone.RESOLUTION, calendar, end))
                .isEqualTo(kept.tick(end).consumed().toNanos());
    }

    @Property(tries = 200)
    void consumed_time_never_decreases_and_a_deadline_never_comes_earlier_as_time_passes(
            @ForAll("registrations") Instant registered, @ForAll("lives") List<Step> life,
            @ForAll @IntRange(min = 17, max = 600) int stepMinutes) {
        BusinessCalendar calendar = ServiceCompany.CALENDAR;
        Claim claim = live(registered, life);
        Duration target = Duration.ofHours(16);
        for (Milestone milestone : Milestone.values()) {
            SlaTimeline timeline = ClaimSlaClocks.timeline(claim, milestone);
            long consumed = -1;
            Instant deadline = Instant.MIN;
            for (Instant at = registered; !at.isAfter(last(claim).plusSeconds(86_400)); at = at.plusSeconds(stepMinutes * 60L)) {
                long now = ClaimSlaClocks.consumedNanos(claim.history(), milestone, calendar, at);
                Instant due = SlaClock.deadline(calendar, timeline, target, at);
                assertThat(now).isGreaterThanOrEqualTo(consumed);
                assertThat(due).as("pauses and resumptions never bring a deadline forward").isAfterOrEqualTo(deadline);
                consumed = now;
                deadline = due;
            }
        }
    }

    /** A claim that went through the steps; steps the claim refuses in its state are left out, as a user would see. */
    static Claim live(Instant registered, List<Step> life) {
        Claim claim = Claim.register(ClaimId.newId(), ClientId.newId(), null, ClaimChannel.EMAIL, ClaimCategory.of("delivery"),
                Severity.HIGH, "subject", "description", null, null, DEPARTMENT, Stamp.of(AGENT, registered));
        Instant at = registered;
        for (Step step : life) {
            at = at.plusSeconds(step.afterMinutes() * 60);
            apply(claim, step, at, DEPARTMENT, AGENT);
        }
        return claim;
    }

    /** Applies one step at {@code at}, by {@code agent}; a step the claim refuses in its state is left out. */
    static void apply(Claim claim, Step step, Instant at, DepartmentId department, EmployeeId agent) {
        Stamp stamp = Stamp.of(agent, at);
        try {
            switch (step.command()) {
                case RESPOND -> claim.respond(stamp);
                case REVIEW -> claim.review(stamp);
                case ASSIGN -> claim.assign(department, agent, stamp);
                case WAIT_FOR_CUSTOMER -> claim.waitForCustomer("details", stamp);
                case RESUME -> claim.resumeWork(stamp);
                case INVOLVE_SUPPLIER -> claim.involveSupplier("Supplier", "fix it", at.plusSeconds(86_400), stamp);
                case SUPPLIER_ANSWER -> claim.recordSupplierAnswer("fixed", stamp);
                case RESOLVE -> claim.resolve("done", stamp);
                case REJECT -> claim.reject("not ours", stamp);
                case CLOSE -> claim.close(stamp);
                case REOPEN -> claim.reopen("again", stamp);
            }
        } catch (DomainException | IllegalArgumentException refused) {
            // the claim refused the command in its state: the life goes on without it
        }
    }

    private static Instant last(Claim claim) {
        List<ClaimTransition> history = claim.history();
        return history.get(history.size() - 1).at();
    }
}
