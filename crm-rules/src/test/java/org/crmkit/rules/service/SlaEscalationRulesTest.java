package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.junit.jupiter.api.Test;

class SlaEscalationRulesTest {
    static final RuleEngine ENGINE = RuleEngine.create(Clock.systemUTC());
    static final Occasion SWEEP = Occasion.timer(ClaimSlaFacts.SWEEP_TIMER);

    @Test
    void the_standard_rules_read_back_from_their_json_form_unchanged() {
        RuleSet<ClaimSlaFacts> standard = SlaEscalationRules.standard();

        RuleSet<ClaimSlaFacts> reread = RuleSetJson.read(standard.canonicalForm(), ClaimSlaFacts.SCHEMA);

        assertThat(reread.contentHash()).isEqualTo(standard.contentHash());
    }

    @Test
    void a_violated_resolution_escalates_to_level_two_only_while_the_claim_is_below_it() {
        RuleSet<ClaimSlaFacts> rules = SlaEscalationRules.standard();

        assertThat(ENGINE.evaluate(rules, facts(Milestone.RESOLUTION, MilestoneState.VIOLATED, 1), SWEEP)
                .effects(Effect.Escalate.class)).extracting(Effect.Escalate::level).containsExactly(2);
        assertThat(ENGINE.evaluate(rules, facts(Milestone.RESOLUTION, MilestoneState.VIOLATED, 2), SWEEP).effects())
                .isEmpty();
        assertThat(ENGINE.evaluate(rules, facts(Milestone.RESOLUTION, MilestoneState.ON_TRACK, 0), SWEEP).effects())
                .isEmpty();
    }

    @Test
    void a_company_writes_its_own_escalation_in_json() {
        RuleSet<ClaimSlaFacts> rules = RuleSetJson.read("""
                { "ruleSet": "acme:claim.sla", "version": 1, "schema": "claim-sla", "combine": "PRIORITY",
                  "effectiveFrom": "2026-01-01",
                  "rules": [
                    { "id": "acme:sla.critical-warning", "trigger": { "timer": "sla-sweep" }, "priority": 10,
                      "when": { "and": [ { "eq": [ { "field": "severity" }, "CRITICAL" ] },
                                         { "gte": [ { "field": "consumedPercent" }, 50 ] },
                                         { "lt": [ { "field": "escalationLevel" }, 1 ] } ] },
                      "then": [ { "escalate": { "level": 1, "en": "Critical claim half way", "ru": "Критичное обращение: половина срока" } },
                                { "assign": { "strategy": "escalation-ladder" } },
                                { "emit": { "type": "sla.notify", "payload": { "to": "ladder" } } } ] }
                  ] }
                """, ClaimSlaFacts.SCHEMA);
        ClaimSlaFacts critical = new ClaimSlaFacts(Milestone.RESOLUTION, MilestoneState.WARNING, 60, Severity.CRITICAL,
                "delivery", null, 0, ClaimStatus.IN_PROGRESS, null, true);

        assertThat(ENGINE.evaluate(rules, critical, SWEEP).effects()).hasSize(3);
    }

    private static ClaimSlaFacts facts(Milestone milestone, MilestoneState state, int level) {
        return new ClaimSlaFacts(milestone, state, 100, Severity.HIGH, "delivery", "premium", level,
                ClaimStatus.IN_PROGRESS, null, true);
    }
}
