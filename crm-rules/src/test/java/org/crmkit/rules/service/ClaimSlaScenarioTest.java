package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimEscalated;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One claim's life on a calendar working 09:00–18:00 UTC with Wednesday 2026-03-04 a holiday, under a policy of
 * 2 h first response and 16 h resolution with a warning at 75 % (12 h):
 * registered Mon 10:00, answered Mon 10:30, assigned to Alice Mon 11:00, forwarded to a supplier Tue 12:00 (11 h
 * used), the supplier answers Thu 10:00; the warning falls at Thu 11:00, the deadline at Thu 15:00; resolved Fri.
 */
class ClaimSlaScenarioTest {
    static final SlaPolicy STANDARD = new SlaPolicy(SlaPolicyId.of("standard"), 1, Instant.parse("2026-01-01T00:00:00Z"),
            SlaScope.anyClaim(), Duration.ofHours(2), Duration.ofHours(16), "svc", 75);

    ServiceCompany co;
    ClaimSlaAssignments assignments;
    SlaSweep sweep;
    ClientId client;

    @BeforeEach
    void setUp() {
        co = new ServiceCompany();
        assignments = ClaimSlaAssignments.inMemory();
        SlaPolicies policies = SlaPolicies.of(List.of(STANDARD));
        SlaCalendars calendars = SlaCalendars.of(ServiceCompany.CALENDAR);
        co.listen(new ClaimSlaRegistrar(policies, calendars, assignments, co.repositories.clients()));
        sweep = SlaSweep.builder(co.crm, co.repositories).policies(policies).calendars(calendars)
                .assignments(assignments)
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment())
                        .then(EscalationLadder.headOf(co.service)).build())
                .build();
        client = co.system.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893").withOwner(co.max));
    }

    @Test
    void a_claim_paused_for_a_supplier_over_a_holiday_is_escalated_twice_at_the_exact_instants_and_resolved() {
        co.at("2026-03-02T10:00:00Z");
        ClaimId id = co.crm.as(co.alice).claims().register(RegisterClaim.of(client, ClaimChannel.EMAIL, "delivery",
                Severity.HIGH, "Broken pallet", "Two boxes arrived crushed"));
        assertThat(assignments.find(id)).hasValueSatisfying(a -> assertThat(a.policy()).isEqualTo(STANDARD.ref()));

        co.at("2026-03-02T10:30:00Z");
        co.crm.as(co.alice).claims().respond(id);
        co.at("2026-03-02T11:00:00Z");
        co.crm.as(co.alice).claims().review(id);
        co.crm.as(co.hector).claims().assign(id, co.alice);

        co.at("2026-03-03T12:00:00Z");
        MilestoneStatus beforePause = status(id, Milestone.RESOLUTION);
        assertThat(beforePause.consumed()).isEqualTo(Duration.ofHours(11));
        assertThat(beforePause.warningAt()).isEqualTo(Instant.parse("2026-03-03T13:00:00Z"));
        assertThat(beforePause.deadline()).isEqualTo(Instant.parse("2026-03-03T17:00:00Z"));
        co.crm.as(co.alice).claims().involveSupplier(id, "Pallet Co", "Replace the pallet", Instant.parse("2026-03-05T12:00:00Z"));

        co.at("2026-03-04T12:00:00Z");
        MilestoneStatus duringPause = status(id, Milestone.RESOLUTION);
        assertThat(duringPause.consumed()).as("the clock stands still while waiting").isEqualTo(Duration.ofHours(11));
        assertThat(duringPause.deadline()).as("holiday skipped: Thu 09:00 + 5 h").isEqualTo(Instant.parse("2026-03-05T14:00:00Z"));
        assertThat(sweepAt("2026-03-04T12:00:00Z").changedAnything()).isFalse();

        co.at("2026-03-05T10:00:00Z");
        co.crm.as(co.alice).claims().recordSupplierAnswer(id, "A new pallet ships today");
        MilestoneStatus resumed = status(id, Milestone.RESOLUTION);
        assertThat(resumed.warningAt()).isEqualTo(Instant.parse("2026-03-05T11:00:00Z"));
        assertThat(resumed.deadline()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z"));
        assertThat(status(id, Milestone.FIRST_RESPONSE).state()).isEqualTo(MilestoneState.MET);

        assertThat(sweepAt("2026-03-05T10:59:59Z").changedAnything()).isFalse();
        SlaSweepReport warning = sweepAt("2026-03-05T11:00:00Z");
        assertThat(warning.actions(SlaAction.Kind.ESCALATED)).extracting(SlaAction::detail).containsExactly("level 1");
        assertThat(claim(id).escalationLevel()).isEqualTo(1);
        assertThat(claim(id).assignee()).contains(co.hector);
        assertThat(co.events(ClaimSlaWarning.class)).singleElement().satisfies(w -> {
            assertThat(w.milestone()).isEqualTo(Milestone.RESOLUTION);
            assertThat(w.recipient()).isEqualTo(co.hector);
            assertThat(w.deadline()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z"));
            assertThat(w.occurredAt()).isEqualTo(Instant.parse("2026-03-05T11:00:00Z"));
        });

        assertThat(sweepAt("2026-03-05T14:59:59Z").changedAnything()).isFalse();
        SlaSweepReport violation = sweepAt("2026-03-05T15:00:00Z");
        assertThat(violation.actions(SlaAction.Kind.ESCALATED)).extracting(SlaAction::detail).containsExactly("level 2");
        assertThat(claim(id).escalationLevel()).isEqualTo(2);
        assertThat(claim(id).assignee()).contains(co.sam);
        assertThat(co.events(ClaimSlaViolated.class)).singleElement().satisfies(v -> {
            assertThat(v.recipient()).isEqualTo(co.sam);
            assertThat(v.deadline()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z"));
        });
        assertThat(co.events(ClaimEscalated.class)).extracting(ClaimEscalated::occurredAt).containsExactly(
                Instant.parse("2026-03-05T11:00:00Z"), Instant.parse("2026-03-05T15:00:00Z"));

        co.at("2026-03-06T10:00:00Z");
        co.crm.as(co.sam).claims().resolve(id, "Pallet replaced by the supplier");
        ClaimSlaEvaluation done = sweep.evaluate(claim(id), Instant.parse("2026-03-06T12:00:00Z"));
        assertThat(done.consumed(Milestone.RESOLUTION)).as("16 h + Thu 15-18 + Fri 9-10").isEqualTo(Duration.ofHours(20));
        assertThat(done.state(Milestone.RESOLUTION)).isEqualTo(MilestoneState.VIOLATED);
        assertThat(sweepAt("2026-03-06T12:00:00Z").evaluated()).as("a resolved claim is not swept").isZero();
    }

    @Test
    void running_the_sweep_twice_at_the_same_instant_changes_nothing_the_second_time() {
        co.at("2026-03-02T10:00:00Z");
        ClaimId id = co.crm.as(co.alice).claims().register(RegisterClaim.of(client, ClaimChannel.PHONE, "delivery",
                Severity.LOW, "Late", "Nobody came"));
        co.at("2026-03-02T12:00:00Z");
        SlaSweepReport first = sweepAt("2026-03-02T12:00:00Z");
        long claimVersion = co.repositories.claims().get(id).version();
        int events = co.events.size();

        SlaSweepReport second = sweepAt("2026-03-02T12:00:00Z");

        assertThat(first.changedAnything()).isTrue();
        assertThat(first.actions(SlaAction.Kind.ESCALATED)).hasSize(1);
        assertThat(first.actions(SlaAction.Kind.TASK_CREATED)).hasSize(1);
        assertThat(second.actions()).isEmpty();
        assertThat(co.repositories.claims().get(id).version()).isEqualTo(claimVersion);
        assertThat(co.events).hasSize(events);
        assertThat(co.repositories.tasks().open()).hasSize(1);
    }

    @Test
    void a_first_response_warning_reminds_the_assignee_once() {
        co.at("2026-03-02T10:00:00Z");
        ClaimId id = co.crm.as(co.alice).claims().register(RegisterClaim.of(client, ClaimChannel.PHONE, "delivery",
                Severity.LOW, "Late", "Nobody came"));
        SlaSweepReport at90 = sweepAt("2026-03-02T11:30:00Z");
        sweepAt("2026-03-02T11:45:00Z");

        assertThat(at90.actions(SlaAction.Kind.NOTIFIED)).hasSize(1);
        assertThat(co.events(ClaimSlaWarning.class)).singleElement().satisfies(w -> {
            assertThat(w.milestone()).isEqualTo(Milestone.FIRST_RESPONSE);
            assertThat(w.recipient()).as("the registrar answers for an unassigned claim").isEqualTo(co.alice);
        });
        assertThat(claim(id).escalationLevel()).isZero();
    }

    private SlaSweepReport sweepAt(String instant) {
        co.at(instant);
        return sweep.run(Instant.parse(instant));
    }

    private MilestoneStatus status(ClaimId id, Milestone milestone) {
        return sweep.evaluate(claim(id), co.clock.instant()).status(milestone);
    }

    private Claim claim(ClaimId id) {
        return co.repositories.claims().get(id);
    }
}
