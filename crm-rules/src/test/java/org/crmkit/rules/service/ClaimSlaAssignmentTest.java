package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.rules.sla.ClaimSeverity;
import org.crmkit.rules.sla.ClientSegment;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaPolicyRef;
import org.crmkit.rules.sla.SlaScope;
import org.junit.jupiter.api.Test;

class ClaimSlaAssignmentTest {
    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final SlaPolicy STANDARD_V1 = policy("standard", 1, JAN, SlaScope.anyClaim(), 4, 24);
    static final SlaPolicy STANDARD_V2 = policy("standard", 2, Instant.parse("2026-03-03T00:00:00Z"), SlaScope.anyClaim(), 2, 16);
    static final SlaPolicy PREMIUM_CRITICAL = policy("premium-critical", 1, JAN,
            SlaScope.anyClaim().forSegment(ClientSegment.of("premium")).forSeverity(ClaimSeverity.of("CRITICAL")), 1, 8);

    final ServiceCompany co = new ServiceCompany();
    final ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
    final SlaPolicies policies = SlaPolicies.of(List.of(STANDARD_V1, STANDARD_V2, PREMIUM_CRITICAL));
    final SlaCalendars calendars = SlaCalendars.of(ServiceCompany.CALENDAR);
    final SlaSweep sweep = SlaSweep.builder(co.crm, co.repositories).policies(policies).calendars(calendars)
            .assignments(assignments).ladder(EscalationLadder.builder().build()).build();

    @Test
    void a_premium_clients_critical_claim_gets_the_premium_policy_and_others_the_standard_one() {
        co.listen(new ClaimSlaRegistrar(policies, calendars, assignments, co.repositories.clients()));
        ClientId premium = co.system.clients().onboard(OnboardClient.company("ООО Премиум", "7707083893")
                .withSegment("Premium").withOwner(co.max));
        co.at("2026-03-02T10:00:00Z");

        ClaimId critical = register(premium, Severity.CRITICAL);
        ClaimId low = register(premium, Severity.LOW);

        assertThat(assignments.find(critical)).map(ClaimSlaAssignment::policy).contains(PREMIUM_CRITICAL.ref());
        assertThat(assignments.find(low)).map(ClaimSlaAssignment::policy).contains(STANDARD_V1.ref());
        assertThat(assignments.find(critical)).map(ClaimSlaAssignment::calendarName).contains("svc");
    }

    @Test
    void a_claim_keeps_the_policy_version_it_was_registered_under_after_a_revision_takes_effect() {
        co.listen(new ClaimSlaRegistrar(policies, calendars, assignments, co.repositories.clients()));
        ClientId client = co.system.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893").withOwner(co.max));
        co.at("2026-03-02T10:00:00Z");
        ClaimId before = register(client, Severity.HIGH);
        co.at("2026-03-03T10:00:00Z");
        ClaimId after = register(client, Severity.HIGH);

        Instant at = Instant.parse("2026-03-03T12:00:00Z");
        assertThat(sweep.evaluate(co.repositories.claims().get(before), at).policy()).isEqualTo(new SlaPolicyRef(SlaPolicyId.of("standard"), 1));
        assertThat(sweep.evaluate(co.repositories.claims().get(after), at).status(Milestone.FIRST_RESPONSE).target())
                .isEqualTo(Duration.ofHours(2));
        assertThat(sweep.evaluate(co.repositories.claims().get(before), at).status(Milestone.FIRST_RESPONSE).target())
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_claim_registered_before_anyone_listened_is_assigned_by_the_sweep_from_its_registration() {
        ClientId client = co.system.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893").withOwner(co.max));
        co.at("2026-03-02T10:00:00Z");
        ClaimId id = register(client, Severity.HIGH);
        assertThatThrownBy(() -> sweep.evaluate(co.repositories.claims().get(id), co.clock.instant()))
                .isInstanceOf(ClaimNotUnderSla.class);

        co.at("2026-03-04T10:00:00Z");
        sweep.run(co.clock.instant());

        assertThat(assignments.find(id)).map(ClaimSlaAssignment::policy).contains(STANDARD_V1.ref());
    }

    @Test
    void a_claim_no_policy_covers_is_reported_by_the_sweep() {
        SlaSweep onlyPremium = SlaSweep.builder(co.crm, co.repositories).policies(SlaPolicies.of(List.of(PREMIUM_CRITICAL)))
                .calendars(calendars).ladder(EscalationLadder.builder().build()).build();
        ClientId client = co.system.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893").withOwner(co.max));
        ClaimId id = register(client, Severity.LOW);

        assertThat(onlyPremium.run(co.clock.instant()).uncovered()).containsExactly(id.value());
    }

    private ClaimId register(ClientId client, Severity severity) {
        return co.crm.as(co.alice).claims().register(RegisterClaim.of(client, ClaimChannel.EMAIL, "delivery", severity,
                "Late", "The order is late"));
    }

    static SlaPolicy policy(String id, int version, Instant from, SlaScope scope, int responseHours, int resolutionHours) {
        return new SlaPolicy(SlaPolicyId.of(id), version, from, scope, Duration.ofHours(responseHours),
                Duration.ofHours(resolutionHours), "svc", 80);
    }
}
