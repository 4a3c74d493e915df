package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.rules.Conditions.field;
import static org.crmkit.rules.Fixtures.ENGINE;
import static org.crmkit.rules.Fixtures.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.crmkit.rules.TestDeal.ContactRole;
import org.crmkit.rules.TestDeal.Stage;
import org.junit.jupiter.api.Test;

/**
 * The untraced path reuses one evaluation context per thread and rule set, and remembers today for the rest of the
 * day: neither may carry anything from one evaluation into another.
 */
class EvaluationReuseTest {
    private static final Occasion CHANGE = Occasion.changed("stage");

    @Test
    void an_evaluation_remembers_nothing_of_the_deal_evaluated_before() {
        RuleSet<TestDeal> rules = RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA)
                .add(RuleEvaluationTest.AMOUNT_REQUIRED, RuleEvaluationTest.DECISION_MAKER_REQUIRED).build();
        TestDeal incomplete = TestDeal.newDeal().inStage(Stage.NEGOTIATION);
        TestDeal complete = incomplete.withAmount("150000", "RUB").withContacts(ContactRole.DECISION_MAKER);

        assertThat(ENGINE.evaluate(rules, incomplete, CHANGE).matchedRules()).hasSize(2);
        assertThat(ENGINE.evaluate(rules, complete, CHANGE).matchedRules()).isEmpty();
        assertThat(ENGINE.evaluate(rules, incomplete, CHANGE).matchedRules()).hasSize(2);
    }

    @Test
    void a_result_is_not_changed_by_the_evaluations_after_it() {
        RuleSet<TestDeal> rules = RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA)
                .add(RuleEvaluationTest.AMOUNT_REQUIRED, RuleEvaluationTest.DECISION_MAKER_REQUIRED).build();
        TestDeal incomplete = TestDeal.newDeal().inStage(Stage.NEGOTIATION);

        Evaluation first = ENGINE.evaluate(rules, incomplete, CHANGE);
        List<Rule> matched = List.copyOf(first.matchedRules());
        ENGINE.evaluate(rules, incomplete.withAmount("150000", "RUB"), CHANGE);

        assertThat(first.matchedRules()).isEqualTo(matched);
    }

    @Test
    void a_java_predicate_may_evaluate_the_same_rule_set_while_it_is_being_evaluated() {
        AtomicReference<RuleSet<TestDeal>> self = new AtomicReference<>();
        AtomicReference<Evaluation> inner = new AtomicReference<>();
        Rule reentrant = Rule.define("crmkit:deal.asks-again").on(Trigger.onChange())
                .when(new Condition.Predicate("evaluates the set again", (TestDeal deal) -> {
                    if (deal.stage() == Stage.NEGOTIATION) {
                        inner.set(ENGINE.evaluate(self.get(), deal.inStage(Stage.PROPOSAL), CHANGE));
                    }
                    return true;
                }))
                .then(violation("deal.asked-again", null))
                .build();
        self.set(RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA)
                .add(reentrant, RuleEvaluationTest.AMOUNT_REQUIRED, RuleEvaluationTest.DECISION_MAKER_REQUIRED).build());

        Evaluation outer = ENGINE.evaluate(self.get(), TestDeal.newDeal().inStage(Stage.NEGOTIATION), CHANGE);

        assertThat(outer.matchedRules()).extracting(rule -> rule.id().toString()).containsExactlyInAnyOrder(
                "crmkit:deal.asks-again", "crmkit:deal.amount-required", "crmkit:deal.decision-maker-required");
        assertThat(inner.get().matchedRules()).extracting(rule -> rule.id().toString())
                .containsExactlyInAnyOrder("crmkit:deal.asks-again", "crmkit:deal.amount-required");
    }

    @Test
    void today_moves_on_when_the_clock_passes_midnight_in_its_zone() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-14T20:59:59Z"), ZoneId.of("Europe/Moscow"));
        RuleEngine engine = RuleEngine.create(clock);
        RuleSet<TestDeal> rules = RuleSet.builder("crmkit:deal.close-today", TestDeal.SCHEMA)
                .add(Rule.define("crmkit:deal.closes-today").on(Trigger.onChange())
                        .when(field("expectedClose").eq(Conditions.today()))
                        .then(violation("deal.closes-today", null)).build())
                .build();
        TestDeal closesOn15th = TestDeal.newDeal().closingOn(LocalDate.of(2026, 1, 15));

        assertThat(engine.evaluate(rules, closesOn15th, CHANGE).matchedRules()).isEmpty(); // 23:59:59 on the 14th
        clock.now = Instant.parse("2026-01-14T21:00:00Z"); // midnight in Moscow
        assertThat(engine.evaluate(rules, closesOn15th, CHANGE).matchedRules()).hasSize(1);
        clock.zone = ZoneOffset.UTC; // still the 14th in UTC
        assertThat(engine.evaluate(rules, closesOn15th, CHANGE).matchedRules()).isEmpty();
    }

    /** A clock the test moves (and re-zones); crm-testkit's TestClock is out of reach: the testkit depends on this module. */
    private static final class MovableClock extends Clock {
        Instant now;
        ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
