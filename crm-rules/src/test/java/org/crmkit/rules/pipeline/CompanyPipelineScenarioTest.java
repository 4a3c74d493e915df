package org.crmkit.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.CloseDeal;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.GateViolation;
import org.crmkit.core.deal.StageMoveBlocked;
import org.crmkit.core.shared.Money;
import org.junit.jupiter.api.Test;

class CompanyPipelineScenarioTest {
    private final AcmeWorld acme = new AcmeWorld(builder -> builder);
    private final CrmSession anna = acme.crm.as(acme.anna);
    private final ClientId client = anna.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
    private final ContactId ivan = anna.contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO")
            .withEmail("ivan@romashka.ru"));

    @Test
    void a_deal_cannot_reach_proposal_without_an_amount_and_a_decision_maker_and_the_refusal_explains_why() {
        DealId deal = anna.deals().open(OpenDeal.of(client, "Servers").inPipeline("new-business"));
        anna.deals().advance(new MoveDeal(deal, "qualification"));
        anna.deals().involve(deal, ivan, DealContactRole.INFLUENCER);

        assertThatThrownBy(() -> anna.deals().advance(new MoveDeal(deal, "proposal")))
                .isInstanceOfSatisfying(StageMoveBlocked.class, blocked -> {
                    assertThat(blocked.decision().violations()).extracting(GateViolation::code, GateViolation::field)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("deal.amount-required", "amount"),
                                    org.assertj.core.groups.Tuple.tuple("deal.decision-maker-required", "contacts.roles"));
                    assertThat(blocked.decision().violations()).extracting(GateViolation::messageRu)
                            .contains("Укажите сумму сделки до коммерческого предложения");
                    String trace = blocked.decision().trace();
                    // The failed conditions, with the values the gate saw: no amount, only an influencer.
                    assertThat(trace).contains("acme:proposal.amount-required", "acme:proposal.decision-maker-required",
                            "on StageTransition[from=qualification, to=proposal]");
                    assertThat(trace).containsPattern("exists amount.*-> false");
                    assertThat(trace).containsPattern("in contacts.roles.*\\[.*INFLUENCER.*]");
                    // The rule of another transition is shown as skipped, not evaluated.
                    assertThat(trace).containsPattern("acme:win.signed-contract \\[priority 0]: SKIPPED");
                    assertThat(blocked.getMessage()).contains("Enter the deal amount before the proposal");
                });
        assertThat(anna.deals().get(deal).stage()).isEqualTo("qualification");

        anna.deals().changeAmount(deal, Money.of("1200000", "RUB"));
        assertThatThrownBy(() -> anna.deals().advance(new MoveDeal(deal, "proposal")))
                .isInstanceOfSatisfying(StageMoveBlocked.class, blocked -> assertThat(blocked.decision().violations())
                        .extracting(GateViolation::code).containsExactly("deal.decision-maker-required"));

        anna.deals().involve(deal, ivan, DealContactRole.DECISION_MAKER);
        anna.deals().advance(new MoveDeal(deal, "proposal"));
        assertThat(anna.deals().get(deal).stage()).isEqualTo("proposal");
        assertThat(anna.deals().get(deal).probabilityPercent()).isEqualTo(50);
    }

    @Test
    void a_deal_is_won_only_with_a_signed_contract_reference() {
        DealId deal = anna.deals().open(OpenDeal.of(client, "Servers").inPipeline("new-business")
                .worth("500000", "RUB"));
        anna.deals().involve(deal, ivan, DealContactRole.DECISION_MAKER);
        for (String stage : new String[] {"qualification", "proposal", "negotiation"}) {
            anna.deals().advance(new MoveDeal(deal, stage));
        }

        assertThatThrownBy(() -> anna.deals().win(CloseDeal.win(deal)))
                .isInstanceOfSatisfying(StageMoveBlocked.class, blocked -> {
                    assertThat(blocked.decision().violations()).extracting(GateViolation::code)
                            .containsExactly("deal.contract-required");
                    assertThat(blocked.decision().trace()).containsPattern("exists contractReference.*-> false");
                });
        anna.deals().attachContract(deal, "ACME-2026/017");
        anna.deals().win(CloseDeal.win(deal));

        assertThat(anna.deals().get(deal).status()).isEqualTo(DealStatus.WON);
    }

    @Test
    void a_move_the_company_pipeline_does_not_list_is_refused_before_any_gate() {
        DealId deal = anna.deals().open(OpenDeal.of(client, "Servers").inPipeline("new-business"));

        assertThatThrownBy(() -> anna.deals().advance(new MoveDeal(deal, "proposal")))
                .isInstanceOf(org.crmkit.core.deal.StageTransitionNotAllowed.class);
    }

    @Test
    void each_pipeline_has_its_own_gate_a_small_renewal_is_blocked_and_the_standard_pipeline_is_open() {
        DealId renewal = anna.deals().open(OpenDeal.of(client, "Support renewal").inPipeline("renewals")
                .worth("30000", "RUB"));
        assertThatThrownBy(() -> anna.deals().win(CloseDeal.win(renewal)))
                .isInstanceOfSatisfying(StageMoveBlocked.class, blocked -> {
                    assertThat(blocked.decision().violations()).singleElement().satisfies(violation -> {
                        assertThat(violation.code()).isEqualTo("gate.blocked:acme:renewal.amount-at-least");
                        assertThat(violation.messageEn()).isEqualTo("A renewal below 50 000 RUB needs a new-business deal");
                    });
                    assertThat(blocked.decision().trace()).contains("amount < '50000 RUB' -> true   [amount = 30000 RUB]");
                });

        DealId standard = anna.deals().open(OpenDeal.of(client, "Quick sale"));
        anna.deals().win(CloseDeal.win(standard));
        assertThat(anna.deals().get(standard).status()).isEqualTo(DealStatus.WON);
    }
}
