package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.rules.Conditions.and;
import static org.crmkit.rules.Conditions.field;
import static org.crmkit.rules.Conditions.or;
import static org.crmkit.rules.Fixtures.ENGINE;
import static org.crmkit.rules.Fixtures.violation;

import org.crmkit.rules.ConditionTrace.Result;
import org.crmkit.rules.TestDeal.Stage;
import org.junit.jupiter.api.Test;

class TraceTest {
    static final Rule BIG_NEGOTIATION = Rule.define("crmkit:deal.big-negotiation").on(Trigger.onChange())
            .when(and(field("stage").eq("NEGOTIATION"), field("amount").gt(MoneyValue.of("100000", "RUB")),
                    or(field("contractReference").isPresent(), field("strategic").eq(true))))
            .then(violation("deal.big-negotiation", "amount")).build();

    private final RuleSet<TestDeal> set = RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA).add(BIG_NEGOTIATION).build();

    @Test
    void a_trace_shows_where_an_and_short_circuited_and_the_values_it_saw() {
        TestDeal deal = TestDeal.newDeal().inStage(Stage.NEGOTIATION).withAmount("500", "RUB");

        RuleTrace rule = ENGINE.evaluateTraced(set, deal, Occasion.changed("amount")).trace().orElseThrow().rule(BIG_NEGOTIATION.id());

        assertThat(rule.status()).isEqualTo(RuleTrace.Status.NOT_MATCHED);
        ConditionTrace and = rule.condition();
        assertThat(and.note()).isEqualTo("short-circuited at #2 of 3");
        assertThat(and.children()).extracting(ConditionTrace::result).containsExactly(Result.TRUE, Result.FALSE, Result.NOT_EVALUATED);
        assertThat(and.children().get(1).seen()).containsExactly(new ConditionTrace.Seen("amount", MoneyValue.of("500", "RUB")));
    }

    @Test
    void explain_answers_why_a_rule_did_not_fire() {
        TestDeal deal = TestDeal.newDeal().inStage(Stage.NEGOTIATION).withAmount("500", "RUB");

        String text = ENGINE.evaluateTraced(set, deal, Occasion.changed("amount")).trace().orElseThrow().explain();

        assertThat(text).isEqualTo("""
                rule set crmkit:deal.validation v1 (ALL) on Changed[fields=[amount]]
                  crmkit:deal.big-negotiation [priority 0]: NOT_MATCHED
                    and -> false   (short-circuited at #2 of 3)
                      stage = 'NEGOTIATION' -> true   [stage = NEGOTIATION]
                      amount > '100000 RUB' -> false   [amount = 500 RUB]
                      or -> not evaluated
                """);
    }

    @Test
    void a_traced_and_an_untraced_evaluation_decide_the_same() {
        TestDeal deal = TestDeal.newDeal().inStage(Stage.NEGOTIATION).withAmount("500000", "RUB").withContract("C-1");

        Evaluation traced = ENGINE.evaluateTraced(set, deal, Occasion.changed("amount"));

        assertThat(traced.matchedRules()).isEqualTo(ENGINE.evaluate(set, deal, Occasion.changed("amount")).matchedRules())
                .containsExactly(BIG_NEGOTIATION);
        assertThat(ENGINE.evaluate(set, deal, Occasion.changed("amount")).trace()).isEmpty();
    }

    @Test
    void an_absent_value_is_shown_as_absent_and_makes_a_comparison_false() {
        String text = ENGINE.evaluateTraced(set, TestDeal.newDeal().inStage(Stage.NEGOTIATION), Occasion.changed("stage"))
                .trace().orElseThrow().explain();

        assertThat(text).contains("amount > '100000 RUB' -> false   [amount = (absent)]   (absent value: comparison is false)");
    }
}
