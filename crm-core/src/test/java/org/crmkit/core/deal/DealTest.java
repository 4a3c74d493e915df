package org.crmkit.core.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crmkit.core.deal.DealFixtures.ACME;
import static org.crmkit.core.deal.DealFixtures.ALICE;
import static org.crmkit.core.deal.DealFixtures.BOB;
import static org.crmkit.core.deal.DealFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.deal.DealFixtures.LEAD;
import static org.crmkit.core.deal.DealFixtures.LOST;
import static org.crmkit.core.deal.DealFixtures.NEGOTIATION;
import static org.crmkit.core.deal.DealFixtures.PROPOSAL;
import static org.crmkit.core.deal.DealFixtures.QUALIFICATION;
import static org.crmkit.core.deal.DealFixtures.SALES;
import static org.crmkit.core.deal.DealFixtures.WON;
import static org.crmkit.core.deal.DealFixtures.aDeal;
import static org.crmkit.core.deal.DealFixtures.aDealIn;
import static org.crmkit.core.deal.DealFixtures.aLostDeal;
import static org.crmkit.core.deal.DealFixtures.amountRequired;
import static org.crmkit.core.deal.DealFixtures.at;
import static org.crmkit.core.deal.DealFixtures.blocking;
import static org.crmkit.core.deal.DealFixtures.by;
import static org.crmkit.core.deal.DealFixtures.renewals;
import static org.crmkit.core.deal.DealFixtures.standard;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.ReasonRequired;
import org.junit.jupiter.api.Test;

class DealTest {
    private final Pipeline standard = standard();

    @Test
    void a_new_deal_enters_the_first_stage_with_its_probability() {
        Deal deal = Deal.open(DealId.newId(), ACME, "  Pumps ", standard, ALICE, SALES, at(0));

        assertThat(deal.stage()).isEqualTo(LEAD);
        assertThat(deal.status()).isEqualTo(DealStatus.OPEN);
        assertThat(deal.probability()).isEqualTo(Probability.of(10));
        assertThat(deal.title()).isEqualTo("Pumps");
        assertThat(deal.owner()).isEqualTo(ALICE);
        assertThat(deal.department()).isEqualTo(SALES);
        assertThat(deal.amount()).isEmpty();
        assertThat(deal.amountOrNull()).isNull();
        assertThat(deal.expectedCloseOnOrNull()).isNull();
        assertThat(deal.contractReferenceOrNull()).isNull();
        assertThat(deal.closedAt()).isEmpty();
        assertThat(deal.openedAt()).isEqualTo(at(0).at());
        assertThat(deal.history()).containsExactly(new StageChange(null, LEAD, ALICE, at(0).at(), ""));
        assertThat(deal.pendingEvents()).containsExactly(new DealOpened(deal.id(), ACME, "Pumps",
                PipelineKey.DEFAULT, LEAD, ALICE, SALES, ALICE, at(0).at()));
    }

    @Test
    void a_deal_walked_from_lead_to_won_keeps_its_full_stage_history_with_actor_and_time() {
        Deal deal = aDeal();

        deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(10));
        deal.advanceTo(PROPOSAL, standard, StageGate.OPEN, by(BOB, 20));
        deal.advanceTo(NEGOTIATION, standard, StageGate.OPEN, at(30));
        deal.win(WON, standard, StageGate.OPEN, by(BOB, 40));

        assertThat(deal.history()).containsExactly(
                new StageChange(null, LEAD, ALICE, at(0).at(), ""),
                new StageChange(LEAD, QUALIFICATION, ALICE, at(10).at(), ""),
                new StageChange(QUALIFICATION, PROPOSAL, BOB, at(20).at(), ""),
                new StageChange(PROPOSAL, NEGOTIATION, ALICE, at(30).at(), ""),
                new StageChange(NEGOTIATION, WON, BOB, at(40).at(), ""));
        assertThat(deal.status()).isEqualTo(DealStatus.WON);
        assertThat(deal.isOpen()).isFalse();
        assertThat(deal.probability()).isEqualTo(Probability.CERTAIN);
        assertThat(deal.closedAt()).contains(at(40).at());
        assertThat(deal.pendingEvents()).hasSize(4).last()
                .isEqualTo(new DealWon(deal.id(), NEGOTIATION, WON, null, BOB, at(40).at()));
    }

    @Test
    void entering_a_stage_takes_its_default_probability_over_an_estimate() {
        Deal deal = aDeal();
        deal.estimateProbability(Probability.of(40), at(1));
        assertThat(deal.probability()).isEqualTo(Probability.of(40));

        deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(2));

        assertThat(deal.probability()).isEqualTo(Probability.of(25));
    }

    @Test
    void a_lost_deal_needs_a_reason() {
        Deal deal = aDeal();
        Deal.Snapshot before = deal.snapshot();

        ReasonRequired e = catchThrowableOfType(ReasonRequired.class,
                () -> deal.lose(LOST, "  ", standard, StageGate.OPEN, at(5)));

        assertThat(e.code()).isEqualTo("reason.required");
        assertThat(e.getMessage()).isEqualTo("A reason is required to lose a deal");
        assertThat(e.messageRu()).isEqualTo("Для действия «lose a deal» нужна причина");
        assertThat(deal.snapshot()).isEqualTo(before);
    }

    @Test
    void a_lost_deal_keeps_its_reason_with_zero_probability() {
        Deal deal = aDeal();
        deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(1));

        deal.lose(LOST, " Chose a cheaper supplier ", standard, StageGate.OPEN, at(5));

        assertThat(deal.status()).isEqualTo(DealStatus.LOST);
        assertThat(deal.lostReason()).contains("Chose a cheaper supplier");
        assertThat(deal.probability()).isEqualTo(Probability.ZERO);
        assertThat(deal.closedAt()).contains(at(5).at());
        assertThat(deal.history()).last()
                .isEqualTo(new StageChange(QUALIFICATION, LOST, ALICE, at(5).at(), "Chose a cheaper supplier"));
        assertThat(deal.pendingEvents()).last().isEqualTo(
                new DealLost(deal.id(), QUALIFICATION, LOST, "Chose a cheaper supplier", ALICE, at(5).at()));
    }

    @Test
    void a_closed_deal_refuses_to_move_until_reopened() {
        Deal deal = aLostDeal();
        Deal.Snapshot lost = deal.snapshot();

        assertThatThrownBy(() -> deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(6)))
                .isInstanceOf(DealAlreadyClosed.class).extracting("code").isEqualTo("deal.already-closed");
        assertThatThrownBy(() -> deal.win(WON, standard, StageGate.OPEN, at(6))).isInstanceOf(DealAlreadyClosed.class);
        assertThatThrownBy(() -> deal.lose(LOST, "again", standard, StageGate.OPEN, at(6)))
                .isInstanceOf(DealAlreadyClosed.class);
        assertThatThrownBy(() -> deal.changeAmount(Money.of(100, "RUB"), at(6))).isInstanceOf(DealAlreadyClosed.class);
        assertThatThrownBy(() -> deal.estimateProbability(Probability.of(50), at(6)))
                .isInstanceOf(DealAlreadyClosed.class);
        assertThatThrownBy(() -> deal.expectCloseOn(LocalDate.of(2025, 6, 1), at(6)))
                .isInstanceOf(DealAlreadyClosed.class);
        assertThat(deal.snapshot()).isEqualTo(lost);

        deal.reopen(QUALIFICATION, "Supplier failed to deliver", standard, by(BOB, 7));
        deal.advanceTo(PROPOSAL, standard, StageGate.OPEN, at(8));

        assertThat(deal.status()).isEqualTo(DealStatus.OPEN);
        assertThat(deal.stage()).isEqualTo(PROPOSAL);
        assertThat(deal.closedAt()).isEmpty();
        assertThat(deal.lostReason()).isEmpty();
        assertThat(deal.history()).extracting(StageChange::to).containsExactly(LEAD, LOST, QUALIFICATION, PROPOSAL);
        assertThat(deal.history().get(2))
                .isEqualTo(new StageChange(LOST, QUALIFICATION, BOB, at(7).at(), "Supplier failed to deliver"));
        assertThat(deal.pendingEvents()).first().isEqualTo(
                new DealReopened(deal.id(), LOST, QUALIFICATION, "Supplier failed to deliver", BOB, at(7).at()));
    }

    @Test
    void only_a_closed_deal_can_be_reopened_and_only_with_a_reason_into_an_open_stage() {
        Deal open = aDeal();
        assertThatThrownBy(() -> open.reopen(LEAD, "why not", standard, at(1))).isInstanceOf(DealNotClosed.class);

        Deal lost = aLostDeal();
        Deal.Snapshot before = lost.snapshot();
        assertThatThrownBy(() -> lost.reopen(LEAD, null, standard, at(6))).isInstanceOf(ReasonRequired.class);
        assertThatThrownBy(() -> lost.reopen(WON, "won after all", standard, at(6)))
                .isInstanceOf(StageOutcomeMismatch.class);
        assertThat(lost.snapshot()).isEqualTo(before);
    }

    @Test
    void a_blocking_gate_throws_with_the_violations_and_leaves_the_deal_unchanged() {
        Deal deal = aDeal();
        deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(1));
        deal.pullEvents();
        Deal.Snapshot before = deal.snapshot();

        StageMoveBlocked e = catchThrowableOfType(StageMoveBlocked.class,
                () -> deal.advanceTo(PROPOSAL, standard, blocking(amountRequired()), at(2)));

        assertThat(e.code()).isEqualTo("deal.stage.blocked");
        assertThat(e.from()).isEqualTo(QUALIFICATION);
        assertThat(e.to()).isEqualTo(PROPOSAL);
        assertThat(e.decision().passed()).isFalse();
        assertThat(e.decision().violations()).containsExactly(amountRequired());
        assertThat(e.decision().trace()).contains("amount before proposal");
        assertThat(e.getMessage()).contains("An amount is required");
        assertThat(e.messageRu()).contains("Нужна сумма сделки");
        assertThat(deal.snapshot()).isEqualTo(before);
        assertThat(deal.pendingEvents()).isEmpty();
    }

    @Test
    void the_gate_sees_the_deal_before_the_move_and_both_stages() {
        Deal deal = aDeal();
        deal.changeAmount(Money.of(1_000, "RUB"), at(1));
        AtomicReference<String> seen = new AtomicReference<>();
        StageGate recording = (d, from, to) -> {
            seen.set(d.stage() + " " + from.name() + "->" + to.name() + " " + d.amount().orElseThrow());
            return GateDecision.pass("all rules passed");
        };

        deal.win(WON, standard, recording, at(2));

        assertThat(seen).hasValue("lead Lead->Won 1000.00 RUB");
    }

    @Test
    void a_gate_blocks_winning_and_losing_too() {
        Deal deal = aDeal();
        Deal.Snapshot before = deal.snapshot();

        assertThatThrownBy(() -> deal.win(WON, standard, blocking(amountRequired()), at(1)))
                .isInstanceOf(StageMoveBlocked.class);
        assertThatThrownBy(() -> deal.lose(LOST, "no budget", standard, blocking(amountRequired()), at(1)))
                .isInstanceOf(StageMoveBlocked.class);
        assertThat(deal.snapshot()).isEqualTo(before);
    }

    @Test
    void the_pipeline_decides_which_moves_are_allowed() {
        Deal deal = aDeal();
        Deal.Snapshot before = deal.snapshot();

        StageTransitionNotAllowed e = catchThrowableOfType(StageTransitionNotAllowed.class,
                () -> deal.advanceTo(NEGOTIATION, standard, StageGate.OPEN, at(1)));

        assertThat(e.code()).isEqualTo("deal.stage.transition-not-allowed");
        assertThat(e.from()).isEqualTo(LEAD);
        assertThat(e.to()).isEqualTo(NEGOTIATION);
        assertThatThrownBy(() -> deal.advanceTo(LEAD, standard, StageGate.OPEN, at(1)))
                .isInstanceOf(StageTransitionNotAllowed.class);
        assertThatThrownBy(() -> deal.advanceTo(StageKey.of("nowhere"), standard, StageGate.OPEN, at(1)))
                .isInstanceOf(UnknownStage.class);
        assertThat(deal.snapshot()).isEqualTo(before);
    }

    @Test
    void advancing_to_a_closing_stage_must_go_through_win_or_lose() {
        Deal deal = aDeal();

        assertThatThrownBy(() -> deal.advanceTo(LOST, standard, StageGate.OPEN, at(1)))
                .isInstanceOf(CloseThroughWinOrLose.class);
        assertThatThrownBy(() -> deal.advanceTo(WON, standard, StageGate.OPEN, at(1)))
                .isInstanceOf(CloseThroughWinOrLose.class);
        assertThatThrownBy(() -> deal.win(LOST, standard, StageGate.OPEN, at(1)))
                .isInstanceOf(StageOutcomeMismatch.class);
        assertThatThrownBy(() -> deal.lose(WON, "oops", standard, StageGate.OPEN, at(1)))
                .isInstanceOf(StageOutcomeMismatch.class);
        assertThat(deal.isOpen()).isTrue();
    }

    @Test
    void a_deal_moves_only_along_its_own_pipeline() {
        Deal deal = aDeal();

        assertThatThrownBy(() -> deal.advanceTo(StageKey.of("quoted"), renewals(), StageGate.OPEN, at(1)))
                .isInstanceOf(PipelineMismatch.class).extracting("code").isEqualTo("deal.pipeline.mismatch");
        assertThatThrownBy(() -> deal.lose(LOST, "x", renewals(), StageGate.OPEN, at(1)))
                .isInstanceOf(PipelineMismatch.class);
    }

    @Test
    void a_custom_pipeline_works() {
        Pipeline renewals = renewals();
        Deal deal = aDealIn(renewals);
        StageKey quoted = StageKey.of("quoted");

        assertThat(deal.pipeline()).isEqualTo(PipelineKey.of("renewals"));
        assertThat(deal.stage()).isEqualTo(StageKey.of("renewal-due"));
        assertThat(deal.probability()).isEqualTo(Probability.of(60));
        assertThatThrownBy(() -> deal.win(StageKey.of("renewed"), renewals, StageGate.OPEN, at(1)))
                .as("renewal-due cannot be renewed before a quote").isInstanceOf(StageTransitionNotAllowed.class);

        deal.advanceTo(quoted, renewals, StageGate.OPEN, at(2));
        assertThat(deal.probability()).isEqualTo(Probability.of(80));
        deal.lose(StageKey.of("churned"), "Moved to a competitor", renewals, StageGate.OPEN, at(3));
        assertThat(deal.status()).isEqualTo(DealStatus.LOST);

        deal.reopen(quoted, "Competitor fell through", renewals, at(4));
        deal.win(StageKey.of("renewed"), renewals, StageGate.OPEN, at(5));
        assertThat(deal.status()).isEqualTo(DealStatus.WON);
        assertThat(deal.history()).extracting(c -> c.to().value())
                .containsExactly("renewal-due", "quoted", "churned", "quoted", "renewed");
    }

    @Test
    void the_weighted_amount_is_the_amount_times_the_probability() {
        Deal deal = aDeal();
        assertThat(deal.weightedAmount()).isEmpty();

        deal.changeAmount(Money.of("120000.00", "RUB"), at(1));
        assertThat(deal.weightedAmount()).contains(Money.of("12000.00", "RUB"));

        deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(2));
        deal.estimateProbability(Probability.of(33), at(3));
        assertThat(deal.weightedAmount()).contains(Money.of("39600.00", "RUB"));

        deal.win(WON, standard, StageGate.OPEN, at(4));
        assertThat(deal.weightedAmount()).isEqualTo(deal.amount());
    }

    @Test
    void the_first_amount_fixes_the_currency_and_amounts_are_never_negative() {
        Deal deal = aDeal();
        deal.changeAmount(Money.of(500, "RUB"), at(1));
        deal.changeAmount(Money.of(700, "RUB"), at(2));
        Deal.Snapshot before = deal.snapshot();

        assertThatThrownBy(() -> deal.changeAmount(Money.of(700, "EUR"), at(3))).isInstanceOf(DealCurrencyFixed.class);
        assertThatThrownBy(() -> deal.changeAmount(Money.of(-1, "RUB"), at(3))).isInstanceOf(NegativeDealAmount.class);
        assertThat(deal.snapshot()).isEqualTo(before);
        assertThat(deal.amount()).contains(Money.of(700, "RUB"));
        assertThat(deal.amountOrNull()).isEqualTo(Money.of(700, "RUB"));
        assertThat(deal.pendingEvents()).containsExactly(
                new DealAmountChanged(deal.id(), null, Money.of(500, "RUB"), ALICE, at(1).at()),
                new DealAmountChanged(deal.id(), Money.of(500, "RUB"), Money.of(700, "RUB"), ALICE, at(2).at()));
    }

    @Test
    void contacts_take_part_with_one_role_each() {
        Deal deal = aDeal();
        ContactId ivanov = ContactId.newId();
        ContactId petrova = ContactId.newId();

        deal.involve(ivanov, DealContactRole.INFLUENCER, at(1));
        deal.involve(petrova, DealContactRole.ECONOMIC_BUYER, at(2));
        deal.involve(ivanov, DealContactRole.DECISION_MAKER, at(3));
        deal.involve(ivanov, DealContactRole.DECISION_MAKER, at(4));

        assertThat(deal.contacts()).containsExactly(new DealContact(ivanov, DealContactRole.DECISION_MAKER),
                new DealContact(petrova, DealContactRole.ECONOMIC_BUYER));
        assertThat(deal.roleOf(petrova)).contains(DealContactRole.ECONOMIC_BUYER);
        assertThat(deal.pendingEvents()).hasSize(3);

        assertThat(deal.contactRoleList()).containsExactly(DealContactRole.DECISION_MAKER, DealContactRole.ECONOMIC_BUYER)
                .isSameAs(deal.contactRoleList());

        deal.release(petrova, at(5));
        assertThat(deal.contacts()).extracting(DealContact::contact).containsExactly(ivanov);
        assertThatThrownBy(() -> deal.release(petrova, at(6))).isInstanceOf(ContactNotInvolved.class);
        assertThat(deal.contactRoleList()).as("made anew after a change").containsExactly(DealContactRole.DECISION_MAKER);
        deal.involve(petrova, DealContactRole.CHAMPION, at(7));
        assertThat(deal.contactRoleList()).containsExactly(DealContactRole.DECISION_MAKER, DealContactRole.CHAMPION)
                .containsExactlyElementsOf(deal.contactRoles());
    }

    @Test
    void a_deal_can_be_reassigned_and_carry_its_contract_even_when_closed() {
        Deal deal = aDeal();
        deal.win(WON, standard, StageGate.OPEN, at(1));

        deal.reassign(BOB, KEY_ACCOUNTS, at(2));
        deal.attachContract(" 2025/117-П ", at(3));

        assertThat(deal.owner()).isEqualTo(BOB);
        assertThat(deal.department()).isEqualTo(KEY_ACCOUNTS);
        assertThat(deal.contractReference()).contains("2025/117-П");
        assertThat(deal.contractReferenceOrNull()).isEqualTo("2025/117-П");
        assertThat(deal.pendingEvents()).endsWith(
                new DealReassigned(deal.id(), BOB, KEY_ACCOUNTS, ALICE, at(2).at()),
                new DealContractAttached(deal.id(), "2025/117-П", ALICE, at(3).at()));
    }

    @Test
    void the_expected_close_date_and_probability_estimate_raise_events() {
        Deal deal = aDeal();

        deal.expectCloseOn(LocalDate.of(2025, 6, 30), at(1));
        deal.estimateProbability(Probability.of(15), at(2));

        assertThat(deal.expectedCloseOn()).contains(LocalDate.of(2025, 6, 30));
        assertThat(deal.expectedCloseOnOrNull()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(deal.pendingEvents()).containsExactly(
                new DealCloseDateExpected(deal.id(), LocalDate.of(2025, 6, 30), ALICE, at(1).at()),
                new DealProbabilityEstimated(deal.id(), Probability.of(15), ALICE, at(2).at()));
        assertThat(deal.pendingEvents()).allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo(deal.id().value()));
    }

    @Test
    void restoring_a_snapshot_gives_the_same_deal_without_events() {
        Deal deal = aDeal();
        deal.changeAmount(Money.of(900, "RUB"), at(1));
        deal.involve(ContactId.newId(), DealContactRole.CHAMPION, at(2));
        deal.expectCloseOn(LocalDate.of(2025, 5, 1), at(3));
        deal.advanceTo(QUALIFICATION, standard, StageGate.OPEN, at(4));
        deal.lose(LOST, "Budget frozen", standard, StageGate.OPEN, at(5));
        deal.attachContract("N-1", at(6));

        Deal restored = Deal.restore(deal.snapshot(), 3);

        assertThat(restored.snapshot()).isEqualTo(deal.snapshot());
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void the_snapshot_cannot_be_changed_from_outside() {
        Deal deal = aDeal();

        assertThatThrownBy(() -> deal.snapshot().history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> deal.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> deal.contacts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_probability_is_a_whole_percent_from_0_to_100() {
        assertThat(Probability.of(25).weight()).isEqualByComparingTo("0.25");
        assertThat(Probability.of(100).weight()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Probability.of(101)).isInstanceOf(ProbabilityOutOfRange.class);
        assertThatThrownBy(() -> Probability.of(-1)).isInstanceOf(ProbabilityOutOfRange.class)
                .extracting("code").isEqualTo("deal.probability.out-of-range");
    }

    @Test
    void a_blocked_decision_names_at_least_one_violation() {
        assertThat(GateDecision.pass().passed()).isTrue();
        assertThat(GateDecision.pass().trace()).isEmpty();
        assertThat(GateDecision.blocked(java.util.List.of(amountRequired()), "").passed()).isFalse();
        assertThatThrownBy(() -> GateDecision.blocked(java.util.List.of(), "nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
