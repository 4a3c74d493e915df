package org.crmkit.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.GateDecision;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.Conditions;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.Trigger;
import org.crmkit.rules.facts.DealFacts;

/** The acme gates written in Java decide exactly as the acme JSON pipeline does, on random deals and moves. */
class StageGateProperties {
    private static final CompanyPipelines ACME = PipelinesJson.reader().engine(AcmeWorld.ENGINE)
            .read(AcmeWorld.resource("/pipelines/acme.json"));
    private static final Pipeline NEW_BUSINESS = ACME.get(PipelineKey.of("new-business"));
    private static final RuleStageGate<Deal> JAVA_GATE = new RuleStageGate<>(RuleSet.builder("java", DealFacts.SCHEMA)
            .add(Rule.define("acme:proposal.amount-required")
                            .on(Trigger.onStageTransition("qualification", "proposal"))
                            .when(Conditions.not(Conditions.exists("amount")))
                            .then(new Effect.Violation("deal.amount-required", "amount",
                                    "Enter the deal amount before the proposal",
                                    "Укажите сумму сделки до коммерческого предложения")).build(),
                    Rule.define("acme:proposal.decision-maker-required")
                            .on(Trigger.onStageTransition("qualification", "proposal"))
                            .when(Conditions.not(Conditions.field("contacts.roles").contains("DECISION_MAKER")))
                            .then(new Effect.Violation("deal.decision-maker-required", "contacts.roles",
                                    "Name the decision maker among the deal's contacts",
                                    "Укажите среди контактов сделки лицо, принимающее решение")).build(),
                    Rule.define("acme:win.signed-contract")
                            .on(Trigger.onStageTransition("any", "won"))
                            .when(Conditions.field("contractReference").isAbsent())
                            .then(new Effect.Violation("deal.contract-required", "contractReference",
                                    "Attach the signed contract's reference before winning",
                                    "Перед выигрышем укажите номер подписанного договора")).build())
            .build(), GateFacts.deal(), AcmeWorld.ENGINE);

    record Move(Stage from, Stage to) {
    }

    @Provide
    Arbitrary<Deal> deals() {
        Arbitrary<String> amount = Arbitraries.oneOf(Arbitraries.just((String) null),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, new java.math.BigDecimal("1000000"))
                        .ofScale(2).map(java.math.BigDecimal::toPlainString));
        Arbitrary<List<DealContactRole>> roles = Arbitraries.of(DealContactRole.class).list().ofMaxSize(4);
        Arbitrary<String> contract = Arbitraries.oneOf(Arbitraries.just((String) null),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12));
        return Combinators.combine(amount, roles, contract).as(StageGateProperties::deal);
    }

    @Provide
    Arbitrary<Move> moves() {
        List<Move> all = NEW_BUSINESS.stages().stream().flatMap(from -> NEW_BUSINESS.movesFrom(from.key()).stream()
                .map(to -> new Move(from, NEW_BUSINESS.require(to)))).toList();
        return Arbitraries.of(all);
    }

    @Property(tries = 200)
    void a_gate_written_in_java_and_in_json_decides_alike(@ForAll("deals") Deal deal, @ForAll("moves") Move move) {
        GateDecision fromJson = ACME.gate().check(deal, move.from(), move.to());
        GateDecision fromJava = JAVA_GATE.check(deal, move.from(), move.to());

        assertThat(fromJson.passed()).isEqualTo(fromJava.passed());
        assertThat(fromJson.violations()).isEqualTo(fromJava.violations());
    }

    private static Deal deal(String amount, List<DealContactRole> roles, String contract) {
        Stamp stamp = Stamp.of(EmployeeId.newId(), Instant.parse("2026-03-02T09:00:00Z"));
        Deal deal = Deal.open(DealId.newId(), ClientId.newId(), "Servers", NEW_BUSINESS, stamp.by(),
                DepartmentId.newId(), stamp);
        if (amount != null) {
            deal.changeAmount(Money.of(amount, "RUB"), stamp);
        }
        roles.forEach(role -> deal.involve(ContactId.newId(), role, stamp));
        if (contract != null) {
            deal.attachContract(contract, stamp);
        }
        return deal;
    }

}
