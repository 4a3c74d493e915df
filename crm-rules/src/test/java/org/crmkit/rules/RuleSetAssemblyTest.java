package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crmkit.rules.Conditions.and;
import static org.crmkit.rules.Conditions.field;
import static org.crmkit.rules.Fixtures.ENGINE;
import static org.crmkit.rules.Fixtures.violation;

import java.time.LocalDate;
import org.crmkit.rules.TestDeal.Stage;
import org.junit.jupiter.api.Test;

class RuleSetAssemblyTest {
    static final Rule AMOUNT_REQUIRED = Rule.define("crmkit:deal.amount-required").on(Trigger.onChange()).sealed()
            .when(field("amount").isAbsent()).then(violation("deal.amount-required", "amount")).build();
    static final Rule CONTRACT_ON_WIN = Rule.define("crmkit:deal.contract-on-win").on(Trigger.onChange())
            .when(and(field("stage").eq("WON"), field("contractReference").isAbsent()))
            .then(violation("deal.contract-required", "contractReference")).build();

    /** Registered in META-INF/services for the discovery test. */
    public static final class AcmeRules implements RuleContributor {
        @Override
        public String namespace() {
            return "acme";
        }

        @Override
        public void contribute(Contribution contribution) {
            contribution.add(Rule.define("acme:deal.discount-cap").on(Trigger.onChange())
                            .when(field("discountPercent").gt(30)).then(violation("acme.discount-cap", "discountPercent")).build())
                    .override(CONTRACT_ON_WIN.withCondition(and(field("stage").eq("WON"), field("contractReference").isAbsent(),
                            field("client.segment").eq("ENTERPRISE"))), "ACME signs small clients' contracts on delivery");
        }
    }

    private static RuleSetBuilder<TestDeal> validation() {
        return RuleSet.builder("crmkit:deal.validation", TestDeal.SCHEMA).add(AMOUNT_REQUIRED, CONTRACT_ON_WIN);
    }

    @Test
    void a_vendor_adds_rules_in_its_namespace_and_overrides_an_unsealed_rule_with_a_reason_kept_for_audit() {
        RuleSet<TestDeal> set = validation().contribute(new AcmeRules()).build();

        assertThat(set.rule(RuleId.of("acme:deal.discount-cap"))).isPresent();
        assertThat(set.overrides()).singleElement().satisfies(override -> {
            assertThat(override.namespace()).isEqualTo("acme");
            assertThat(override.original()).isEqualTo(CONTRACT_ON_WIN);
            assertThat(override.reason()).contains("on delivery");
        });
        TestDeal smallWonWithoutContract = TestDeal.newDeal().withAmount("1", "RUB").inStage(Stage.WON);
        assertThat(ENGINE.evaluate(set, smallWonWithoutContract, Occasion.changed("stage")).effects()).isEmpty();
    }

    @Test
    void contributors_are_found_by_service_loader_only_when_asked() {
        assertThat(RuleContributor.discover(getClass().getClassLoader()))
                .singleElement().isInstanceOf(AcmeRules.class);
        RuleSet<TestDeal> set = validation().contribute(RuleContributor.discover(getClass().getClassLoader())).build();
        RuleSet<TestDeal> withoutContributors = validation().build();

        assertThat(set.overrides()).hasSize(1);
        assertThat(withoutContributors.overrides()).isEmpty();
        assertThat(set.contentHash()).isNotEqualTo(withoutContributors.contentHash());
    }

    @Test
    void a_disabled_rule_stays_in_the_set_and_its_trace_says_why_it_was_skipped() {
        RuleSet<TestDeal> set = validation().contribute(contributor("acme", contribution ->
                contribution.disable(CONTRACT_ON_WIN.id(), "ERP checks contracts"))).build();

        Evaluation result = ENGINE.evaluateTraced(set, TestDeal.newDeal().withAmount("1", "RUB").inStage(Stage.WON),
                Occasion.changed("stage"));

        assertThat(result.effects()).isEmpty();
        assertThat(set.rules()).contains(CONTRACT_ON_WIN);
        assertThat(set.isDisabled(CONTRACT_ON_WIN.id())).isTrue();
        RuleTrace trace = result.trace().orElseThrow().rule(CONTRACT_ON_WIN.id());
        assertThat(trace.status()).isEqualTo(RuleTrace.Status.SKIPPED);
        assertThat(trace.reason()).isEqualTo("disabled: ERP checks contracts");
    }

    @Test
    void a_sealed_rule_cannot_be_overridden_or_disabled() {
        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class, () -> validation()
                .contribute(contributor("acme", contribution -> contribution
                        .override(AMOUNT_REQUIRED.withCondition(Conditions.always()), "we know better")
                        .disable(AMOUNT_REQUIRED.id(), "or not at all")))
                .build());

        assertThat(failure.problems(LoadProblem.Code.SEALED_RULE)).extracting(LoadProblem::path).containsExactly(
                "contributions['acme'].overrides['crmkit:deal.amount-required']",
                "contributions['acme'].disable['crmkit:deal.amount-required']");
    }

    @Test
    void a_vendor_cannot_add_a_rule_in_another_namespace() {
        Rule sneaky = Rule.define("crmkit:deal.acme-extra").on(Trigger.onCreate()).then(violation("x", null)).build();

        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class, () -> validation()
                .contribute(contributor("acme", contribution -> contribution.add(sneaky))).build());

        assertThat(failure.problems()).singleElement().extracting(LoadProblem::code)
                .isEqualTo(LoadProblem.Code.FOREIGN_NAMESPACE);
    }

    @Test
    void an_override_or_disable_needs_a_reason_and_an_existing_rule() {
        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class, () -> validation()
                .contribute(contributor("acme", contribution -> contribution
                        .disable(CONTRACT_ON_WIN.id(), " ")
                        .disable(RuleId.of("crmkit:deal.no-such-rule"), "gone"))).build());

        assertThat(failure.problems()).extracting(LoadProblem::code)
                .containsExactly(LoadProblem.Code.MALFORMED, LoadProblem.Code.UNKNOWN_RULE);
    }

    @Test
    void two_rules_with_one_id_fail_the_load() {
        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class,
                () -> validation().add(AMOUNT_REQUIRED).build());

        assertThat(failure.problems()).singleElement().extracting(LoadProblem::code).isEqualTo(LoadProblem.Code.DUPLICATE_ID);
    }

    @Test
    void in_a_first_set_a_rule_shadowed_by_an_identical_condition_with_other_effects_fails_the_load() {
        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class, () ->
                RuleSet.builder("routing", TestDeal.SCHEMA).combine(Combination.FIRST).add(
                        RuleEvaluationTest.assign("crmkit:deal.a", 1, field("stage").eq("NEW"), "a-team"),
                        RuleEvaluationTest.assign("crmkit:deal.b", 1, field("stage").eq("NEW"), "b-team"),
                        RuleEvaluationTest.assign("crmkit:deal.default", 0, Conditions.always(), "sales")).build());

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(LoadProblem.Code.CONTRADICTION);
            assertThat(problem.message()).startsWith("rule 'crmkit:deal.b' can never fire: 'crmkit:deal.a' comes first");
        });
    }

    @Test
    void in_a_first_set_a_catch_all_ahead_of_other_rules_fails_the_load() {
        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class, () ->
                RuleSet.builder("routing", TestDeal.SCHEMA).combine(Combination.FIRST).add(
                        RuleEvaluationTest.assign("crmkit:deal.default", 5, Conditions.always(), "sales"),
                        RuleEvaluationTest.assign("crmkit:deal.vip", 0, field("strategic").eq(true), "vip")).build());

        assertThat(failure.problems()).extracting(LoadProblem::message)
                .anySatisfy(message -> assertThat(message).contains("a catch-all condition"));
    }

    @Test
    void in_an_all_set_requiring_a_field_and_forbidding_it_under_the_same_condition_fails_the_load() {
        Rule forbidden = Rule.define("crmkit:deal.contract-forbidden").on(Trigger.onChange())
                .when(and(field("stage").eq("WON"), field("contractReference").isPresent()))
                .then(violation("deal.contract-forbidden", "contractReference")).build();

        RuleLoadException failure = catchThrowableOfType(RuleLoadException.class, () -> validation().add(forbidden).build());

        assertThat(failure.problems()).singleElement().extracting(LoadProblem::code).isEqualTo(LoadProblem.Code.CONTRADICTION);
    }

    @Test
    void complementary_conditions_under_different_triggers_do_not_contradict() {
        Rule forbiddenOnCreate = Rule.define("crmkit:deal.contract-forbidden").on(Trigger.onCreate())
                .when(and(field("stage").eq("WON"), field("contractReference").isPresent()))
                .then(violation("deal.contract-forbidden", "contractReference")).build();

        assertThat(validation().add(forbiddenOnCreate).build().rules()).hasSize(3);
    }

    @Test
    void the_content_hash_covers_the_effective_date_and_the_params() {
        RuleSet<TestDeal> base = validation().effectiveFrom(LocalDate.of(2026, 1, 1)).build();

        assertThat(validation().effectiveFrom(LocalDate.of(2026, 1, 1)).build().contentHash()).isEqualTo(base.contentHash());
        assertThat(validation().effectiveFrom(LocalDate.of(2026, 2, 1)).build().contentHash()).isNotEqualTo(base.contentHash());
        assertThat(validation().effectiveFrom(LocalDate.of(2026, 1, 1)).param("x", 1).build().contentHash())
                .isNotEqualTo(base.contentHash());
        assertThat(base.isEffectiveOn(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void a_rule_set_built_in_java_writes_json_that_reads_back_to_the_same_set() {
        RuleSet<TestDeal> set = validation().contribute(new AcmeRules()).build();

        RuleSet<TestDeal> reread = RuleSetJson.read(RuleSetJson.write(set), TestDeal.SCHEMA);

        assertThat(reread.contentHash()).isEqualTo(set.contentHash());
        assertThat(reread.rules()).extracting(Rule::id).isEqualTo(set.rules().stream().map(Rule::id).toList());
    }

    static RuleContributor contributor(String namespace, java.util.function.Consumer<Contribution> body) {
        return new RuleContributor() {
            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public void contribute(Contribution contribution) {
                body.accept(contribution);
            }
        };
    }
}
