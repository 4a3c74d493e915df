package org.crmkit.core.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.deal.DealFixtures.ALICE;
import static org.crmkit.core.deal.DealFixtures.BOB;
import static org.crmkit.core.deal.DealFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.deal.DealFixtures.SALES;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Stamp;

/**
 * Random sequences of deal commands, valid and invalid, along the standard and a custom pipeline, through gates
 * that pass, always block, or block on the deal's state: the deal's invariants always hold, and every rejected
 * command leaves it exactly as it was.
 */
class DealProperties {
    private static final Pipeline STANDARD = Pipeline.standard();
    private static final Pipeline RENEWALS = DealFixtures.renewals();
    // Both pipelines' stages plus one neither knows, so moves to foreign and unknown stages are tried too.
    private static final List<StageKey> ALL_STAGES = Stream.concat(
            Stream.concat(STANDARD.stages().stream(), RENEWALS.stages().stream()).map(Stage::key),
            Stream.of(StageKey.of("nowhere"))).toList();
    private static final List<ContactId> CONTACTS = List.of(ContactId.newId(), ContactId.newId(), ContactId.newId());
    private static final StageGate ALWAYS_BLOCKS = DealFixtures.blocking(DealFixtures.amountRequired());
    private static final StageGate AMOUNT_BEFORE_CLOSING_OR_PROPOSAL = (deal, from, to) ->
            deal.amount().isEmpty() && (to.outcome() == StageOutcome.WON || to.key().value().equals("proposal"))
                    ? GateDecision.blocked(List.of(DealFixtures.amountRequired()), "no amount before " + to.key())
                    : GateDecision.pass("amount present or not needed");

    @Property
    void random_commands_never_break_a_deal(@ForAll("commandSequences") ActionChain<Model> chain) {
        chain.withInvariant("deal invariants", Model::checkInvariants).run();
    }

    @Provide
    Arbitrary<ActionChain<Model>> commandSequences() {
        return Arbitraries.of(STANDARD, RENEWALS).flatMap(own -> ActionChain.<Model>startWith(() -> new Model(own))
                .withAction(3, act(Combinators.combine(stages(own), pipelines(own), gates()).as((s, p, g) ->
                        command("advanceTo " + s + " in " + p.key(), (d, at) -> d.advanceTo(s, p, g, at)))))
                .withAction(act(Combinators.combine(stages(own), pipelines(own), gates()).as((s, p, g) ->
                        command("win " + s + " in " + p.key(), (d, at) -> d.win(s, p, g, at)))))
                .withAction(act(Combinators.combine(stages(own), reasons(), pipelines(own), gates()).as((s, r, p, g) ->
                        command("lose " + s + " because '" + r + "'", (d, at) -> d.lose(s, r, p, g, at)))))
                .withAction(act(Combinators.combine(stages(own), reasons(), pipelines(own)).as((s, r, p) ->
                        command("reopen " + s + " because '" + r + "'", (d, at) -> d.reopen(s, r, p, at)))))
                .withAction(act(Combinators.combine(Arbitraries.longs().between(-100, 50_000),
                        Arbitraries.of("RUB", "EUR")).as((a, c) ->
                        command("changeAmount " + a + " " + c, (d, at) -> d.changeAmount(Money.of(a, c), at)))))
                .withAction(act(Arbitraries.integers().between(-5, 105).map(p ->
                        command("estimateProbability " + p, (d, at) -> d.estimateProbability(Probability.of(p), at)))))
                .withAction(act(Arbitraries.integers().between(0, 90).map(days ->
                        command("expectCloseOn +" + days,
                                (d, at) -> d.expectCloseOn(LocalDate.of(2025, 4, 1).plusDays(days), at)))))
                .withAction(act(Combinators.combine(Arbitraries.of(CONTACTS), Arbitraries.of(DealContactRole.class))
                        .as((c, r) -> command("involve " + r, (d, at) -> d.involve(c, r, at)))))
                .withAction(act(Arbitraries.of(CONTACTS).map(c ->
                        command("release", (d, at) -> d.release(c, at)))))
                .withAction(act(Combinators.combine(Arbitraries.of(ALICE, BOB), Arbitraries.of(SALES, KEY_ACCOUNTS))
                        .as((o, dep) -> command("reassign", (d, at) -> d.reassign(o, dep, at)))))
                .withAction(act(Arbitraries.of("C-1", "C-2").map(ref ->
                        command("attachContract " + ref, (d, at) -> d.attachContract(ref, at)))))
                .withMaxTransformations(40));
    }

    private static Transformer<Model> command(String description, BiConsumer<Deal, Stamp> command) {
        return Transformer.mutate(description, m -> m.attempt(command));
    }

    private static Action.Independent<Model> act(Arbitrary<Transformer<Model>> transformers) {
        return () -> transformers;
    }

    /** Mostly the deal's own stages, so that moves get far enough to meet the gate; sometimes anything. */
    private static Arbitrary<StageKey> stages(Pipeline own) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(own.stages()).map(Stage::key)),
                Tuple.of(1, Arbitraries.of(ALL_STAGES)));
    }

    private static Arbitrary<Pipeline> pipelines(Pipeline own) {
        Pipeline foreign = own == STANDARD ? RENEWALS : STANDARD;
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.just(own)),
                Tuple.of(1, Arbitraries.just(foreign)));
    }

    private static Arbitrary<StageGate> gates() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(StageGate.OPEN)),
                Tuple.of(2, Arbitraries.just(ALWAYS_BLOCKS)),
                Tuple.of(2, Arbitraries.just(AMOUNT_BEFORE_CLOSING_OR_PROPOSAL)));
    }

    private static Arbitrary<String> reasons() {
        return Arbitraries.of(null, "", "   ", "No budget", "Customer came back");
    }

    /** The deal under test, its pipeline, and a clock that ticks one minute per command. */
    static final class Model {
        private final Pipeline pipeline;
        private final Deal deal;
        private int minute;

        Model(Pipeline pipeline) {
            this.pipeline = pipeline;
            this.deal = DealFixtures.aDealIn(pipeline);
        }

        Stamp next() {
            return DealFixtures.at(++minute);
        }

        void attempt(BiConsumer<Deal, Stamp> command) {
            Deal.Snapshot before = deal.snapshot();
            int events = deal.pendingEvents().size();
            try {
                command.accept(deal, next());
                Statistics.label("command").collect("accepted");
                assertThat(deal.pendingEvents().size() - events).as("one event per change, none for no change")
                        .isEqualTo(deal.snapshot().equals(before) ? 0 : 1);
            } catch (DomainException rejected) {
                Statistics.label("command").collect("rejected: " + rejected.code());
                assertThat(deal.snapshot()).as("a rejected command changes nothing").isEqualTo(before);
                assertThat(deal.pendingEvents()).hasSize(events);
            }
        }

        void checkInvariants() {
            Stage current = pipeline.require(deal.stage());
            assertThat(deal.status()).isEqualTo(DealStatus.of(current.outcome()));
            assertThat(deal.closedAt().isPresent()).isEqualTo(deal.status().isClosed());
            assertThat(deal.lostReason().isPresent()).isEqualTo(deal.status() == DealStatus.LOST);
            deal.lostReason().ifPresent(r -> assertThat(r).isNotBlank());
            if (deal.status() == DealStatus.WON) {
                assertThat(deal.probability()).isEqualTo(Probability.CERTAIN);
            }
            if (deal.status() == DealStatus.LOST) {
                assertThat(deal.probability()).isEqualTo(Probability.ZERO);
            }
            List<StageChange> history = deal.history();
            assertThat(history.get(history.size() - 1).to()).isEqualTo(deal.stage());
            assertThat(history.get(0).from()).isNull();
            for (int i = 1; i < history.size(); i++) {
                StageChange change = history.get(i);
                assertThat(change.from()).isEqualTo(history.get(i - 1).to());
                boolean reopened = pipeline.require(change.from()).outcome().isClosed();
                assertThat(reopened || pipeline.allows(change.from(), change.to()))
                        .as("every move follows the pipeline or reopens a closed deal").isTrue();
                assertThat(change.at()).isAfterOrEqualTo(history.get(i - 1).at());
            }
            deal.amount().ifPresent(a -> assertThat(a.isNegative()).isFalse());
            assertThat(Deal.restore(deal.snapshot(), 1).snapshot()).isEqualTo(deal.snapshot());
        }

        @Override
        public String toString() {
            return deal.stage() + " " + deal.status();
        }
    }
}
