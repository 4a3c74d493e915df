package org.crmkit.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {

    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant JUN = Instant.parse("2026-06-01T00:00:00Z");
    static final ClaimCategory DELIVERY = ClaimCategory.of("delivery");
    static final ClaimSeverity CRITICAL = ClaimSeverity.of("critical");
    static final ClaimSeverity MINOR = ClaimSeverity.of("minor");
    static final ClientSegment VIP = ClientSegment.of("vip");

    static SlaPolicy policy(String id, int version, Instant from, SlaScope scope, int responseHours) {
        return new SlaPolicy(SlaPolicyId.of(id), version, from, scope,
                Duration.ofHours(responseHours), Duration.ofHours(40), "ru-moscow-2026", 80);
    }

    static final SlaPolicies policies = SlaPolicies.of(List.of(
            policy("default", 1, JAN, SlaScope.anyClaim(), 8),
            policy("delivery", 1, JAN, SlaScope.anyClaim().forCategory(DELIVERY), 6),
            policy("critical", 1, JAN, SlaScope.anyClaim().forSeverity(CRITICAL), 4),
            policy("delivery-critical", 1, JAN, SlaScope.anyClaim().forCategory(DELIVERY).forSeverity(CRITICAL), 3),
            policy("vip", 1, JAN, SlaScope.anyClaim().forSegment(VIP), 2)));

    @Test
    void an_ordinary_claim_falls_under_the_default_policy() {
        assertThat(policies.policyFor(ClaimCategory.of("billing"), MINOR, null, JUN)).map(SlaPolicy::id).contains(SlaPolicyId.of("default"));
    }

    @Test
    void the_most_specific_policy_wins_and_segment_outranks_severity_and_category() {
        assertThat(policies.policyFor(DELIVERY, MINOR, null, JUN)).map(p -> p.id().value()).contains("delivery");
        assertThat(policies.policyFor(ClaimCategory.of("billing"), CRITICAL, null, JUN)).map(p -> p.id().value()).contains("critical");
        assertThat(policies.policyFor(DELIVERY, CRITICAL, null, JUN)).map(p -> p.id().value()).contains("delivery-critical");
        assertThat(policies.policyFor(DELIVERY, CRITICAL, VIP, JUN)).map(p -> p.id().value()).contains("vip");
    }

    @Test
    void a_claim_keeps_the_policy_version_it_was_registered_under() {
        SlaPolicies revised = policies.with(policy("vip", 2, JUN, SlaScope.anyClaim().forSegment(VIP), 1));
        SlaPolicy underWhichRegistered = revised.policyFor(DELIVERY, MINOR, VIP, Instant.parse("2026-03-01T00:00:00Z")).orElseThrow();

        assertThat(underWhichRegistered.ref()).isEqualTo(new SlaPolicyRef(SlaPolicyId.of("vip"), 1));
        assertThat(revised.policyFor(DELIVERY, MINOR, VIP, JUN).orElseThrow().version()).isEqualTo(2);
        assertThat(revised.byRef(underWhichRegistered.ref()).orElseThrow().firstResponse()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void nothing_applies_before_any_policy_takes_effect() {
        assertThat(policies.policyFor(DELIVERY, MINOR, null, Instant.parse("2025-12-31T00:00:00Z"))).isEmpty();
    }

    @Test
    void a_revision_must_take_effect_after_the_version_it_replaces() {
        assertThatThrownBy(() -> policies.with(policy("vip", 2, JAN, SlaScope.anyClaim().forSegment(VIP), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policies.with(policy("vip", 1, JUN, SlaScope.anyClaim().forSegment(VIP), 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_policy_cannot_promise_a_first_response_later_than_the_resolution() {
        assertThatThrownBy(() -> new SlaPolicy(SlaPolicyId.of("x"), 1, JAN, SlaScope.anyClaim(),
                Duration.ofHours(50), Duration.ofHours(40), "cal", 80)).isInstanceOf(IllegalArgumentException.class);
    }
}
