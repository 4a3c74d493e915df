package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.rules.Conditions.and;
import static org.crmkit.rules.Conditions.field;
import static org.crmkit.rules.Conditions.param;
import static org.crmkit.rules.Conditions.today;
import static org.crmkit.rules.Fixtures.ENGINE;
import static org.crmkit.rules.Fixtures.TODAY;
import static org.crmkit.rules.Fixtures.violation;

import java.util.List;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.rules.TestDeal.ContactRole;
import org.crmkit.rules.TestDeal.Segment;
import org.crmkit.rules.TestDeal.Stage;
import org.junit.jupiter.api.Test;

class RuleEvaluationTest {
    static final Rule AMOUNT_REQUIRED = Rule.define("crmkit:deal.amount-required")
            .description("A deal past qualification has an amount")
            .on(Trigger.onChange())
            .when(and(field("stage").in("PROPOSAL", "NEGOTIATION", "WON"), field("amount").isAbsent()))
            .then(violation("deal.amount-required", "amount"))
            .build();
    static final Rule DECISION_MAKER_REQUIRED = Rule.define("crmkit:deal.decision-maker-required")
            .on(Trigger.onChange())
            .when(and(field("stage").eq(Stage.NEGOTIATION), field("contacts.roles").contains(ContactRole.DECISION_MAKER).negate()))
            .then(violation("deal.decision-maker-required", "contacts.roles"))
            .build();

    @Test
    void a_deal_in_negotiation_without_amount_or_decision_maker_gets_both_violations() {
        RuleSet<TestDeal> validation = RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA)
                .add(AMOUNT_REQUIRED, DECISION_MAKER_REQUIRED).build();

        Evaluation result = ENGINE.evaluate(validation, TestDeal.newDeal().inStage(Stage.NEGOTIATION), Occasion.changed("stage"));

        assertThat(result.violations()).extracting(Effect.Violation::code)
                .containsExactly("deal.amount-required", "deal.decision-maker-required");
        assertThat(result.rejects()).isTrue();
    }

    @Test
    void a_complete_deal_in_negotiation_passes_validation() {
        RuleSet<TestDeal> validation = RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA)
                .add(AMOUNT_REQUIRED, DECISION_MAKER_REQUIRED).build();
        TestDeal deal = TestDeal.newDeal().inStage(Stage.NEGOTIATION).withAmount("150000", "RUB")
                .withContacts(ContactRole.USER, ContactRole.DECISION_MAKER);

        assertThat(ENGINE.evaluate(validation, deal, Occasion.changed("stage")).effects()).isEmpty();
    }

    @Test
    void a_first_set_assigns_by_the_highest_priority_matching_rule_and_skips_the_rest() {
        RuleSet<TestDeal> routing = RuleSet.builder("crmkit:deal.routing", TestDeal.SCHEMA).combine(Combination.FIRST)
                .add(assign("crmkit:deal.route-enterprise", 10, field("client.segment").eq("ENTERPRISE"), "key-accounts"),
                        assign("crmkit:deal.route-big", 5, field("amount").gte(MoneyValue.of("1000000", "RUB")), "senior-sales"),
                        assign("crmkit:deal.route-default", 0, Conditions.always(), "sales"))
                .build();
        TestDeal bigEnterpriseDeal = TestDeal.newDeal().inSegment(Segment.ENTERPRISE).withAmount("2000000", "RUB");

        Evaluation result = ENGINE.evaluateTraced(routing, bigEnterpriseDeal, Occasion.created());

        assertThat(result.effects()).containsExactly(new Effect.Assign(new Assignee.ToRole(RoleName.of("key-accounts"))));
        Trace trace = result.trace().orElseThrow();
        assertThat(trace.rule("crmkit:deal.route-big").status()).isEqualTo(RuleTrace.Status.SKIPPED);
        assertThat(trace.rule("crmkit:deal.route-big").reason()).isEqualTo(RuleTrace.FIRST_ALREADY_MATCHED);
        assertThat(ENGINE.evaluate(routing, TestDeal.newDeal(), Occasion.created()).effects())
                .containsExactly(new Effect.Assign(new Assignee.ToRole(RoleName.of("sales"))));
    }

    @Test
    void a_priority_set_returns_every_match_at_the_highest_matched_priority_and_outranks_the_rest() {
        RuleSet<TestDeal> escalation = RuleSet.builder("crmkit:deal.escalation", TestDeal.SCHEMA).combine(Combination.PRIORITY)
                .add(escalate("crmkit:deal.overdue", 10, field("expectedClose").lt(today()), 2),
                        escalate("crmkit:deal.no-contract", 10, field("contractReference").isAbsent(), 1),
                        escalate("crmkit:deal.big", 1, field("amount").isPresent(), 1),
                        escalate("crmkit:deal.strategic", 20, field("strategic").eq(true), 3))
                .build();
        TestDeal overdue = TestDeal.newDeal().closingOn(TODAY.minusDays(1)).withAmount("10", "RUB");

        Evaluation result = ENGINE.evaluateTraced(escalation, overdue, Occasion.timer("daily"));

        assertThat(result.matchedRules()).extracting(rule -> rule.id().toString())
                .containsExactly("crmkit:deal.no-contract", "crmkit:deal.overdue");
        assertThat(result.trace().orElseThrow().rule("crmkit:deal.big").reason()).startsWith("outranked");
        assertThat(ENGINE.evaluate(escalation, overdue, Occasion.timer("daily")).matchedRules())
                .isEqualTo(result.matchedRules());
    }

    @Test
    void rules_of_equal_priority_run_in_id_order_whatever_order_they_were_added_in() {
        Rule b = assign("crmkit:deal.b", 0, Conditions.always(), "b-team");
        Rule a = assign("crmkit:deal.a", 0, field("stage").eq("NEW"), "a-team");
        RuleSet<TestDeal> one = RuleSet.builder("s", TestDeal.SCHEMA).combine(Combination.FIRST).add(a, b).build();
        RuleSet<TestDeal> other = RuleSet.builder("s", TestDeal.SCHEMA).combine(Combination.FIRST).add(b, a).build();

        assertThat(one.rules()).isEqualTo(other.rules());
        assertThat(one.contentHash()).isEqualTo(other.contentHash());
        assertThat(ENGINE.evaluate(other, TestDeal.newDeal(), Occasion.created()).matchedRules()).containsExactly(a);
    }

    @Test
    void a_rule_whose_trigger_does_not_apply_is_skipped() {
        Rule onWin = Rule.define("crmkit:deal.won-needs-contract").on(Trigger.onStageTransition(Trigger.ANY, "WON"))
                .when(field("contractReference").isAbsent()).then(violation("deal.contract-required", "contractReference")).build();
        RuleSet<TestDeal> set = RuleSet.builder("s", TestDeal.SCHEMA).add(onWin).build();
        TestDeal deal = TestDeal.newDeal();

        assertThat(ENGINE.evaluate(set, deal, Occasion.stageTransition("NEGOTIATION", "WON")).violations()).hasSize(1);
        assertThat(ENGINE.evaluate(set, deal, Occasion.stageTransition("NEGOTIATION", "LOST")).violations()).isEmpty();
        assertThat(ENGINE.evaluate(set, deal, Occasion.changed("amount")).violations()).isEmpty();
        assertThat(ENGINE.evaluateTraced(set, deal, Occasion.created()).trace().orElseThrow().rule(onWin.id()).reason())
                .startsWith(RuleTrace.TRIGGER_DID_NOT_APPLY);
    }

    @Test
    void an_on_change_rule_fires_only_when_one_of_its_fields_changed() {
        Rule discount = Rule.define("crmkit:deal.discount-approval").on(Trigger.onChange("discountPercent"))
                .when(field("discountPercent").gt(param("maxDiscount")))
                .then(new Effect.RequireApproval(RoleName.of("sales-director"), "Big discount", "Большая скидка")).build();
        RuleSet<TestDeal> set = RuleSet.builder("s", TestDeal.SCHEMA).param("maxDiscount", 15).add(discount).build();
        TestDeal deal = TestDeal.newDeal().withDiscount("20");

        assertThat(ENGINE.evaluate(set, deal, Occasion.changed("discountPercent", "stage")).effects()).hasSize(1);
        assertThat(ENGINE.evaluate(set, deal, Occasion.changed("stage")).effects()).isEmpty();
    }

    @Test
    void dates_shift_by_calendar_days_and_by_business_days_of_the_injected_calendar() {
        // today is Wednesday 14 Jan 2026; 3 business days later is Monday 19 Jan
        Rule closingSoon = Rule.define("crmkit:deal.closing-soon").on(Trigger.onTimer("daily"))
                .when(field("expectedClose").between(today(), today().plusBusinessDays(3)))
                .then(new Effect.Emit("DealClosingSoon", java.util.Map.of("days", 3))).build();
        RuleSet<TestDeal> set = RuleSet.builder("s", TestDeal.SCHEMA).add(closingSoon).build();
        Occasion daily = Occasion.timer("daily");

        assertThat(ENGINE.evaluate(set, TestDeal.newDeal().closingOn(TODAY.plusDays(5)), daily).effects()).hasSize(1);
        assertThat(ENGINE.evaluate(set, TestDeal.newDeal().closingOn(TODAY.plusDays(6)), daily).effects()).isEmpty();
        RuleEngine everyDayWorks = RuleEngine.create(Fixtures.CLOCK, (date, days) -> date.plusDays(days));
        assertThat(everyDayWorks.evaluate(set, TestDeal.newDeal().closingOn(TODAY.plusDays(5)), daily).effects()).isEmpty();
    }

    @Test
    void money_in_another_currency_never_compares_and_the_trace_says_so() {
        Rule big = Rule.define("crmkit:deal.big").on(Trigger.onCreate())
                .when(field("amount").gt(MoneyValue.of("1000000", "RUB")))
                .then(new Effect.Escalate(1, "Big deal", "Крупная сделка")).build();
        RuleSet<TestDeal> set = RuleSet.builder("s", TestDeal.SCHEMA).combine(Combination.PRIORITY).add(big).build();

        Evaluation result = ENGINE.evaluateTraced(set, TestDeal.newDeal().withAmount("5000000", "USD"), Occasion.created());

        assertThat(result.effects()).isEmpty();
        assertThat(result.trace().orElseThrow().explain()).contains("different currencies do not compare");
    }

    @Test
    void a_named_java_predicate_is_a_condition_too() {
        Rule odd = Rule.define("acme:deal.odd-reference").on(Trigger.onCreate())
                .when(Conditions.<TestDeal>of("reference starts with X",
                        deal -> deal.contractReference() != null && deal.contractReference().startsWith("X")))
                .then(violation("acme.reference", "contractReference")).build();
        RuleSet<TestDeal> set = RuleSet.builder("s", TestDeal.SCHEMA).add(odd).build();

        assertThat(ENGINE.evaluate(set, TestDeal.newDeal().withContract("X-1"), Occasion.created()).violations()).hasSize(1);
        assertThat(set.canonicalForm()).contains("{\"predicate\":\"reference starts with X\"}");
    }

    @Test
    void a_rule_set_runs_on_a_map_of_facts() {
        FactSchema<Facts> schema = Facts.schema("deal").money("amount").enumeration("stage", "NEW", "WON")
                .enumeration("client.segment", "SMB", "ENTERPRISE").build();
        Rule rule = Rule.define("crmkit:deal.enterprise-won").on(Trigger.onCreate())
                .when(and(field("stage").eq("WON"), field("client.segment").eq("ENTERPRISE")))
                .then(new Effect.Emit("EnterpriseWin", java.util.Map.of())).build();
        RuleSet<Facts> set = RuleSet.builder("s", schema).add(rule).build();
        Facts facts = Facts.of(java.util.Map.of("stage", "WON", "client", java.util.Map.of("segment", "ENTERPRISE")));

        assertThat(ENGINE.evaluate(set, facts, Occasion.created()).matchedRules()).containsExactly(rule);
    }

    @Test
    void an_empty_validation_result_has_no_effects() {
        RuleSet<TestDeal> set = RuleSet.builder("s", TestDeal.SCHEMA).add(AMOUNT_REQUIRED).build();
        assertThat(ENGINE.evaluate(set, TestDeal.newDeal(), Occasion.changed("stage")).effects()).isEqualTo(List.of());
    }

    static Rule assign(String id, int priority, Condition when, String role) {
        return Rule.define(id).on(Trigger.onCreate()).priority(priority).when(when)
                .then(new Effect.Assign(new Assignee.ToRole(RoleName.of(role)))).build();
    }

    static Rule escalate(String id, int priority, Condition when, int level) {
        return Rule.define(id).on(Trigger.onTimer("daily")).priority(priority).when(when)
                .then(new Effect.Escalate(level, "Escalate " + id, "Эскалация " + id)).build();
    }
}
