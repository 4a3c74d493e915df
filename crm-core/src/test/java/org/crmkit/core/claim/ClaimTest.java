package org.crmkit.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crmkit.core.claim.ClaimFixtures.CLIENT;
import static org.crmkit.core.claim.ClaimFixtures.ENGINEER;
import static org.crmkit.core.claim.ClaimFixtures.FRONT_OFFICE;
import static org.crmkit.core.claim.ClaimFixtures.OTHER_ENGINEER;
import static org.crmkit.core.claim.ClaimFixtures.REGISTRAR;
import static org.crmkit.core.claim.ClaimFixtures.SERVICE;
import static org.crmkit.core.claim.ClaimFixtures.T0;
import static org.crmkit.core.claim.ClaimFixtures.aClaimIn;
import static org.crmkit.core.claim.ClaimFixtures.aRegisteredClaim;
import static org.crmkit.core.claim.ClaimFixtures.at;
import static org.crmkit.core.claim.ClaimStatus.CLOSED;
import static org.crmkit.core.claim.ClaimStatus.IN_PROGRESS;
import static org.crmkit.core.claim.ClaimStatus.IN_REVIEW;
import static org.crmkit.core.claim.ClaimStatus.REGISTERED;
import static org.crmkit.core.claim.ClaimStatus.REJECTED;
import static org.crmkit.core.claim.ClaimStatus.REOPENED;
import static org.crmkit.core.claim.ClaimStatus.RESOLVED;
import static org.crmkit.core.claim.ClaimStatus.WAITING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.ReasonRequired;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimTest {

    @Test
    void a_registered_claim_is_open_and_the_registrar_answers_for_it_until_it_is_assigned() {
        Claim claim = aRegisteredClaim();

        assertThat(claim.status()).isEqualTo(REGISTERED);
        assertThat(claim.isOpen()).isTrue();
        assertThat(claim.owner()).isEqualTo(REGISTRAR);
        assertThat(claim.department()).isEqualTo(FRONT_OFFICE);
        assertThat(claim.product()).contains("VASE-42");
        assertThat(claim.history()).containsExactly(
                new ClaimTransition(null, REGISTERED, REGISTRAR, T0, null, null));
        assertThat(claim.pendingEvents()).singleElement().isInstanceOf(ClaimRegistered.class);
    }

    @Test
    void a_claim_goes_from_registration_through_a_wait_for_the_customer_to_closing() {
        Claim claim = aRegisteredClaim();

        claim.review(at(10));
        claim.assign(SERVICE, ENGINEER, at(20));
        claim.waitForCustomer("photos of the damage are needed", at(30));
        claim.resumeWork(at(90));
        claim.resolve("a replacement vase was sent", at(100));
        claim.close(at(200));

        assertThat(claim.history()).extracting(ClaimTransition::to)
                .containsExactly(REGISTERED, IN_REVIEW, IN_PROGRESS, WAITING, IN_PROGRESS, RESOLVED, CLOSED);
        assertThat(claim.pendingEvents()).extracting(DomainEvent::type).containsExactly("ClaimRegistered",
                "ClaimReviewed", "ClaimAssigned", "ClaimWaiting", "ClaimResumed", "ClaimResolved", "ClaimClosed");
        assertThat(claim.isOpen()).isFalse();
        assertThat(claim.owner()).isEqualTo(ENGINEER);
        assertThat(claim.department()).isEqualTo(SERVICE);
        assertThat(claim.resolutionNotes()).contains("a replacement vase was sent");
    }

    /** The transitions each command allows; every other source status must be refused by name. */
    private record Move(String name, ClaimStatus to, Set<ClaimStatus> from, Consumer<Claim> command) {
    }

    private static final List<Move> MOVES = List.of(
            new Move("review", IN_REVIEW, EnumSet.of(REGISTERED, REOPENED), c -> c.review(at(100))),
            new Move("assign", IN_PROGRESS, EnumSet.of(IN_REVIEW, IN_PROGRESS, REOPENED),
                    c -> c.assign(SERVICE, OTHER_ENGINEER, at(100))),
            new Move("waitForCustomer", WAITING, EnumSet.of(IN_PROGRESS),
                    c -> c.waitForCustomer("need the receipt", at(100))),
            new Move("involveSupplier", WAITING, EnumSet.of(IN_PROGRESS),
                    c -> c.involveSupplier("Glassworks Ltd", "was the batch faulty?", null, at(100))),
            new Move("resumeWork", IN_PROGRESS, EnumSet.of(WAITING), c -> c.resumeWork(at(100))),
            new Move("resolve", RESOLVED, EnumSet.of(IN_PROGRESS), c -> c.resolve("refunded", at(100))),
            new Move("reject", REJECTED, EnumSet.of(IN_REVIEW, IN_PROGRESS), c -> c.reject("not our goods", at(100))),
            new Move("close", CLOSED, EnumSet.of(RESOLVED, REJECTED), c -> c.close(at(100))),
            new Move("reopen", REOPENED, EnumSet.of(RESOLVED, REJECTED, CLOSED), c -> c.reopen("broke again", at(100))));

    @TestFactory
    Stream<DynamicTest> every_move_is_allowed_only_from_its_source_statuses_and_refused_by_name_otherwise() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Move move : MOVES) {
            for (ClaimStatus from : ClaimStatus.values()) {
                boolean allowed = move.from().contains(from);
                tests.add(DynamicTest.dynamicTest(move.name() + " from " + from + (allowed ? " is allowed" : " is refused"),
                        () -> {
                            Claim claim = aClaimIn(from);
                            Claim.Snapshot before = claim.snapshot();
                            if (allowed) {
                                move.command().accept(claim);
                                assertThat(claim.status()).isEqualTo(move.to());
                                assertThat(claim.history().get(claim.history().size() - 1).to()).isEqualTo(move.to());
                            } else {
                                IllegalClaimTransition refused = catchThrowableOfType(IllegalClaimTransition.class,
                                        () -> move.command().accept(claim));
                                assertThat(refused).isNotNull();
                                assertThat(refused.code()).isEqualTo("claim.illegal-transition");
                                assertThat(refused.from()).isEqualTo(from);
                                assertThat(refused.to()).isEqualTo(move.to());
                                assertThat(refused.messageRu()).contains("недопустим");
                                assertThat(claim.snapshot()).isEqualTo(before);
                                assertThat(claim.pendingEvents()).isEmpty();
                            }
                        }));
            }
        }
        return tests.stream();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void waiting_rejecting_reopening_and_escalating_need_a_reason(String noReason) {
        assertRefusedUnchanged(aClaimIn(IN_PROGRESS), c -> c.waitForCustomer(noReason, at(100)), ReasonRequired.class);
        assertRefusedUnchanged(aClaimIn(IN_REVIEW), c -> c.reject(noReason, at(100)), ReasonRequired.class);
        assertRefusedUnchanged(aClaimIn(CLOSED), c -> c.reopen(noReason, at(100)), ReasonRequired.class);
        assertRefusedUnchanged(aClaimIn(IN_PROGRESS), c -> c.escalate(1, noReason, at(100)), ReasonRequired.class);
        assertRefusedUnchanged(aClaimIn(IN_PROGRESS), c -> c.resolve(noReason, at(100)),
                ResolutionNotesRequired.class);
    }

    @Test
    void a_missing_reason_says_so_in_english_and_russian() {
        ReasonRequired refused = catchThrowableOfType(ReasonRequired.class,
                () -> aClaimIn(IN_REVIEW).reject(" ", at(100)));

        assertThat(refused.code()).isEqualTo("reason.required");
        assertThat(refused.getMessage()).isEqualTo("A reason is required to reject a claim");
        assertThat(refused.messageRu()).isEqualTo("Для действия «reject a claim» нужна причина");
    }

    @Test
    void the_rejection_reason_and_the_resolution_notes_are_kept_on_the_claim_and_in_its_history() {
        Claim rejected = aClaimIn(REJECTED);
        Claim resolved = aClaimIn(RESOLVED);

        assertThat(rejected.rejectionReason()).contains("the warranty has expired");
        assertThat(last(rejected).reason()).isEqualTo("the warranty has expired");
        assertThat(resolved.resolutionNotes()).contains("a replacement vase was sent");
        assertThat(last(resolved).reason()).isEqualTo("a replacement vase was sent");
    }

    @Test
    void reopening_counts_and_clears_the_previous_outcome_which_the_history_keeps() {
        Claim claim = aClaimIn(RESOLVED);
        claim.rateSatisfaction(2, at(35));

        claim.reopen("the replacement is broken too", at(40));
        claim.review(at(50));
        claim.assign(SERVICE, ENGINEER, at(60));
        claim.reject("damaged by the customer", at(70));
        claim.reopen("the courier admitted the damage", at(80));

        assertThat(claim.reopenCount()).isEqualTo(2);
        assertThat(claim.status()).isEqualTo(REOPENED);
        assertThat(claim.resolutionNotes()).isEmpty();
        assertThat(claim.rejectionReason()).isEmpty();
        assertThat(claim.satisfaction()).isEmpty();
        assertThat(claim.history()).extracting(ClaimTransition::reason)
                .contains("a replacement vase was sent", "damaged by the customer");
        assertThat(claim.pendingEvents()).filteredOn(ClaimReopened.class::isInstance)
                .extracting(e -> ((ClaimReopened) e).reopenCount()).containsExactly(1, 2);
    }

    @Test
    void review_is_the_first_response_unless_the_customer_was_answered_earlier() {
        Claim reviewedOnly = aRegisteredClaim();
        reviewedOnly.review(at(10));
        Claim answeredFirst = aRegisteredClaim();
        answeredFirst.respond(at(5));
        answeredFirst.review(at(10));

        assertThat(reviewedOnly.firstRespondedAt()).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(answeredFirst.firstRespondedAt()).contains(T0.plus(Duration.ofMinutes(5)));
        assertThat(answeredFirst.history().get(1).isFirstResponse()).isTrue();
        assertThat(answeredFirst.status()).isEqualTo(IN_REVIEW);
    }

    @Test
    void only_the_first_response_is_recorded() {
        Claim answered = aRegisteredClaim();
        answered.respond(at(5));

        assertRefusedUnchanged(answered, c -> c.respond(at(6)), ClaimAlreadyResponded.class);
        assertRefusedUnchanged(aClaimIn(IN_PROGRESS), c -> c.respond(at(100)), ClaimAlreadyResponded.class);
    }

    @Test
    void escalation_only_goes_up_and_only_on_an_open_claim() {
        Claim claim = aClaimIn(IN_PROGRESS);
        claim.escalate(1, "resolution deadline missed", at(100));
        claim.escalate(3, "the client threatens to leave", at(110));

        assertThat(claim.escalationLevel()).isEqualTo(3);
        assertThat(claim.pendingEvents()).last().isEqualTo(new ClaimEscalated(claim.id(), 1, 3,
                "the client threatens to leave", REGISTRAR, T0.plus(Duration.ofMinutes(110))));
        assertRefusedUnchanged(claim, c -> c.escalate(3, "again", at(120)), EscalationMustRise.class);
        assertRefusedUnchanged(claim, c -> c.escalate(2, "lower", at(120)), EscalationMustRise.class);
        assertRefusedUnchanged(aClaimIn(CLOSED), c -> c.escalate(1, "too late", at(120)),
                IllegalClaimTransition.class);
    }

    @Test
    void deadlines_are_set_on_an_open_claim_and_resolution_is_not_due_before_response() {
        Claim claim = aRegisteredClaim();
        Instant response = T0.plus(Duration.ofHours(4));
        Instant resolution = T0.plus(Duration.ofDays(3));

        claim.setDeadlines(response, resolution, at(1));

        assertThat(claim.responseDeadline()).contains(response);
        assertThat(claim.resolutionDeadline()).contains(resolution);
        assertRefusedUnchanged(claim, c -> c.setDeadlines(resolution, response, at(2)), DeadlinesOutOfOrder.class);
        assertRefusedUnchanged(aClaimIn(REJECTED), c -> c.setDeadlines(response, resolution, at(2)),
                IllegalClaimTransition.class);
    }

    @Test
    void a_supplier_is_involved_the_claim_waits_for_the_answer_and_resumes_with_it() {
        Claim claim = aClaimIn(IN_PROGRESS);
        Instant due = T0.plus(Duration.ofDays(2));

        claim.involveSupplier("Glassworks Ltd", "Was batch 7 faulty?", due, at(100));

        assertThat(claim.status()).isEqualTo(WAITING);
        assertThat(claim.waitingFor()).contains(WaitingFor.SUPPLIER);
        assertThat(last(claim).waitingFor()).isEqualTo(WaitingFor.SUPPLIER);
        assertThat(claim.openSupplierRequest()).isPresent();

        claim.recordSupplierAnswer("Yes, batch 7 is recalled", at(200));

        assertThat(claim.status()).isEqualTo(IN_PROGRESS);
        assertThat(claim.waitingFor()).isEmpty();
        assertThat(claim.openSupplierRequest()).isEmpty();
        assertThat(claim.supplierInvolvements()).containsExactly(new SupplierInvolvement("Glassworks Ltd",
                "Was batch 7 faulty?", T0.plus(Duration.ofMinutes(100)), due, T0.plus(Duration.ofMinutes(200)),
                "Yes, batch 7 is recalled"));
        assertThat(claim.pendingEvents()).last()
                .isInstanceOfSatisfying(SupplierAnswered.class, e -> assertThat(e.resumed()).isTrue());
    }

    @Test
    void a_supplier_who_is_late_does_not_hold_the_claim_but_one_request_is_open_at_a_time() {
        Claim claim = aClaimIn(IN_PROGRESS);
        claim.involveSupplier("Glassworks Ltd", "Was batch 7 faulty?", null, at(100));
        claim.resumeWork(at(150));

        assertRefusedUnchanged(claim, c -> c.involveSupplier("Other Ltd", "And you?", null, at(160)),
                SupplierRequestAlreadyOpen.class);

        claim.recordSupplierAnswer("No fault found", at(170));

        assertThat(claim.status()).isEqualTo(IN_PROGRESS);
        assertThat(claim.pendingEvents()).last()
                .isInstanceOfSatisfying(SupplierAnswered.class, e -> assertThat(e.resumed()).isFalse());
        assertRefusedUnchanged(claim, c -> c.recordSupplierAnswer("again", at(180)), NoOpenSupplierRequest.class);
    }

    @Test
    void waiting_periods_can_be_recomputed_from_the_history_alone() {
        Claim claim = aClaimIn(IN_PROGRESS);
        claim.waitForCustomer("need the receipt", at(100));
        claim.resumeWork(at(160));
        claim.involveSupplier("Glassworks Ltd", "Was batch 7 faulty?", null, at(200));
        claim.recordSupplierAnswer("yes", at(230));
        claim.resolve("refunded", at(240));

        Duration paused = Duration.ZERO;
        Instant pausedSince = null;
        for (ClaimTransition t : claim.history()) {
            if (t.to() == WAITING) {
                pausedSince = t.at();
            } else if (t.from() == WAITING) {
                paused = paused.plus(Duration.between(pausedSince, t.at()));
            }
        }
        assertThat(paused).isEqualTo(Duration.ofMinutes(60 + 30));
        assertThat(claim.history()).filteredOn(t -> t.to() == WAITING).extracting(ClaimTransition::waitingFor)
                .containsExactly(WaitingFor.CUSTOMER, WaitingFor.SUPPLIER);
    }

    @Test
    void the_customer_rates_satisfaction_from_1_to_5_once_the_claim_is_resolved() {
        Claim resolved = aClaimIn(RESOLVED);
        resolved.rateSatisfaction(4, at(100));
        Claim closed = aClaimIn(CLOSED);
        closed.rateSatisfaction(5, at(100));

        assertThat(resolved.satisfaction()).contains(4);
        assertThat(closed.satisfaction()).contains(5);
        assertRefusedUnchanged(aClaimIn(IN_PROGRESS), c -> c.rateSatisfaction(3, at(100)),
                IllegalClaimTransition.class);
        assertRefusedUnchanged(aClaimIn(RESOLVED), c -> c.rateSatisfaction(0, at(100)), SatisfactionOutOfRange.class);
        assertRefusedUnchanged(aClaimIn(RESOLVED), c -> c.rateSatisfaction(6, at(100)), SatisfactionOutOfRange.class);
    }

    @Test
    void a_claim_in_progress_can_be_reassigned_but_not_to_whoever_has_it() {
        Claim claim = aClaimIn(IN_PROGRESS);

        claim.assign(FRONT_OFFICE, OTHER_ENGINEER, at(100));

        assertThat(claim.owner()).isEqualTo(OTHER_ENGINEER);
        assertThat(claim.department()).isEqualTo(FRONT_OFFICE);
        assertThat(claim.history()).hasSize(3); // a re-assignment is not a status move
        assertRefusedUnchanged(claim, c -> c.assign(FRONT_OFFICE, OTHER_ENGINEER, at(110)),
                ClaimAlreadyAssigned.class);
    }

    @Test
    void a_restored_claim_has_the_same_state_and_no_events() {
        Claim claim = aClaimIn(IN_PROGRESS);
        claim.escalate(1, "deadline missed", at(90));
        claim.setDeadlines(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(1)), at(95));
        claim.involveSupplier("Glassworks Ltd", "faulty?", null, at(100));

        Claim restored = Claim.restore(claim.snapshot(), 7);

        assertThat(restored.snapshot()).isEqualTo(claim.snapshot());
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void what_a_claim_hands_out_cannot_change_it() {
        Claim claim = aClaimIn(IN_PROGRESS);

        assertThatThrownBy(() -> claim.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> claim.snapshot().supplierInvolvements().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void every_claim_event_names_the_claim() {
        Claim claim = aClaimIn(IN_PROGRESS);
        claim.escalate(1, "deadline", at(100));

        assertThat(claim.pendingEvents()).allSatisfy(e -> {
            assertThat(e.aggregateId()).isEqualTo(claim.id().value());
            assertThat(e.actor()).isEqualTo(REGISTRAR);
        });
        assertThat(CLIENT).isEqualTo(claim.client());
    }

    private static ClaimTransition last(Claim claim) {
        return claim.history().get(claim.history().size() - 1);
    }

    private static void assertRefusedUnchanged(Claim claim, Consumer<Claim> command,
                                               Class<? extends DomainException> expected) {
        Claim.Snapshot before = claim.snapshot();
        int events = claim.pendingEvents().size();

        assertThatThrownBy(() -> command.accept(claim)).isInstanceOf(expected);

        assertThat(claim.snapshot()).isEqualTo(before);
        assertThat(claim.pendingEvents()).hasSize(events);
    }
}
