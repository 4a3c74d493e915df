package org.crmkit.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.claim.ClaimStatus.CLOSED;
import static org.crmkit.core.claim.ClaimStatus.REGISTERED;
import static org.crmkit.core.claim.ClaimStatus.REJECTED;
import static org.crmkit.core.claim.ClaimStatus.REOPENED;
import static org.crmkit.core.claim.ClaimStatus.RESOLVED;
import static org.crmkit.core.claim.ClaimStatus.WAITING;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/** Random sequences of claim commands, valid and invalid, never break a claim's invariants. */
class ClaimProperties {

    /** The claim under test, the clock of the run, and what the invariants must remember between steps. */
    static final class Run {
        final Claim claim = ClaimFixtures.aRegisteredClaim();
        Instant now = ClaimFixtures.T0;
        int highestEscalation;
        int refusals;

        Stamp stamp(EmployeeId by) {
            now = now.plus(Duration.ofMinutes(7));
            return Stamp.of(by, now);
        }

        /** Runs a command; if the claim refuses it, the claim must be exactly as before and have raised nothing. */
        void attempt(Consumer<Claim> command) {
            Claim.Snapshot before = claim.snapshot();
            int events = claim.pendingEvents().size();
            try {
                command.accept(claim);
                assertThat(claim.pendingEvents()).hasSizeGreaterThan(events);
            } catch (DomainException refused) {
                refusals++;
                assertThat(claim.snapshot()).isEqualTo(before);
                assertThat(claim.pendingEvents()).hasSize(events);
            }
        }

        @Override
        public String toString() {
            return claim.status() + " after " + claim.history().size() + " moves";
        }
    }

    private static final List<EmployeeId> STAFF = List.of(ClaimFixtures.REGISTRAR, ClaimFixtures.ENGINEER,
            ClaimFixtures.OTHER_ENGINEER);
    private static final List<DepartmentId> DEPARTMENTS = List.of(ClaimFixtures.FRONT_OFFICE, ClaimFixtures.SERVICE);

    @Property(tries = 200)
    void no_command_sequence_breaks_a_claim(@ForAll("claimLifecycles") ActionChain<Run> chain) {
        Run end = chain.withInvariant("claim invariants", ClaimProperties::invariantsHold).run();
        // Shows in the report that random sequences do reach the late statuses.
        Statistics.label("final status").collect(end.claim.status());
    }

    @Provide
    Arbitrary<ActionChain<Run>> claimLifecycles() {
        return ActionChain.startWith(Run::new)
                .withAction(command("review", Arbitraries.just(0), (run, x) -> c -> c.review(run.stamp(staff(x)))))
                .withAction(command("respond", Arbitraries.just(0), (run, x) -> c -> c.respond(run.stamp(staff(x)))))
                .withAction(2, command("assign", Arbitraries.integers().between(0, 5),
                        (run, x) -> c -> c.assign(DEPARTMENTS.get(x % 2), staff(x), run.stamp(staff(0)))))
                .withAction(command("waitForCustomer", reasons(),
                        (run, reason) -> c -> c.waitForCustomer(reason, run.stamp(staff(1)))))
                .withAction(command("resumeWork", Arbitraries.just(0), (run, x) -> c -> c.resumeWork(run.stamp(staff(1)))))
                .withAction(command("involveSupplier", Arbitraries.of("Glassworks Ltd", "Boxes LLC"),
                        (run, supplier) -> c -> c.involveSupplier(supplier, "was it your fault?", null,
                                run.stamp(staff(1)))))
                .withAction(command("recordSupplierAnswer", Arbitraries.just("an answer"),
                        (run, answer) -> c -> c.recordSupplierAnswer(answer, run.stamp(staff(1)))))
                .withAction(command("resolve", reasons(), (run, notes) -> c -> c.resolve(notes, run.stamp(staff(1)))))
                .withAction(command("reject", reasons(), (run, reason) -> c -> c.reject(reason, run.stamp(staff(1)))))
                .withAction(command("close", Arbitraries.just(0), (run, x) -> c -> c.close(run.stamp(staff(0)))))
                .withAction(command("reopen", reasons(), (run, reason) -> c -> c.reopen(reason, run.stamp(staff(0)))))
                .withAction(command("escalate", Arbitraries.integers().between(-1, 6),
                        (run, level) -> c -> c.escalate(level, "deadline missed", run.stamp(staff(2)))))
                .withAction(command("setDeadlines", Arbitraries.integers().between(-3, 3),
                        (run, hours) -> c -> c.setDeadlines(run.now.plus(Duration.ofHours(2)),
                                run.now.plus(Duration.ofHours(2 + hours)), run.stamp(staff(0)))))
                .withAction(command("rateSatisfaction", Arbitraries.integers().between(0, 6),
                        (run, score) -> c -> c.rateSatisfaction(score, run.stamp(staff(0)))))
                .withMaxTransformations(40);
    }

    private interface Command<T> {
        Consumer<Claim> on(Run run, T argument);
    }

    private static <T> Action.Independent<Run> command(String name, Arbitrary<T> arguments, Command<T> command) {
        return new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<Run>> transformer() {
                return arguments.map(argument -> Transformer.mutate(name + "(" + argument + ")",
                        run -> run.attempt(command.on(run, argument))));
            }
        };
    }

    private static Arbitrary<String> reasons() {
        return Arbitraries.of("", "   ", "the customer asked").injectNull(0.15);
    }

    private static EmployeeId staff(int index) {
        return STAFF.get(index % STAFF.size());
    }

    private static void invariantsHold(Run run) {
        Claim claim = run.claim;
        List<ClaimTransition> history = claim.history();

        assertThat(history.get(0).from()).isNull();
        assertThat(history.get(0).to()).isEqualTo(REGISTERED);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
            assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
        }
        assertThat(history.get(history.size() - 1).to()).isEqualTo(claim.status());
        assertThat(claim.historyLength()).isEqualTo(history.size());
        assertThat(Claim.restore(claim.snapshot(), claim.version()).historyLength()).isEqualTo(history.size());

        ClaimStatus status = claim.status();
        assertThat(claim.resolutionNotes().isPresent()).isEqualTo(status == RESOLVED
                || status == CLOSED && claim.rejectionReason().isEmpty());
        assertThat(claim.rejectionReason().isPresent()).isEqualTo(status == REJECTED
                || status == CLOSED && claim.resolutionNotes().isEmpty());
        if (status == CLOSED) {
            assertThat(claim.resolutionNotes().isPresent()).isNotEqualTo(claim.rejectionReason().isPresent());
        }

        assertThat(claim.waitingFor().isPresent()).isEqualTo(status == WAITING);
        assertThat(claim.supplierInvolvements().stream().filter(SupplierInvolvement::isOpen).count()).isLessThan(2);
        if (claim.waitingFor().filter(w -> w == WaitingFor.SUPPLIER).isPresent()) {
            assertThat(claim.openSupplierRequest()).isPresent();
        }

        assertThat(claim.escalationLevel()).isGreaterThanOrEqualTo(run.highestEscalation).isNotNegative();
        run.highestEscalation = claim.escalationLevel();

        assertThat(claim.reopenCount()).isEqualTo(history.stream().filter(t -> t.to() == REOPENED).count());
        assertThat(claim.firstRespondedAt().isPresent() || status == REGISTERED).isTrue();
        claim.satisfaction().ifPresent(score -> {
            assertThat(score).isBetween(1, 5);
            assertThat(status).isIn(RESOLVED, CLOSED);
        });
        claim.responseDeadline().ifPresent(response -> claim.resolutionDeadline()
                .ifPresent(resolution -> assertThat(resolution).isAfterOrEqualTo(response)));

        assertThat(claim.assignee().isPresent()).isEqualTo(claim.assignedDepartment().isPresent());
        assertThat(claim.owner()).isEqualTo(claim.assignee().orElse(claim.registeredBy()));
        assertThat(claim.isOpen()).isEqualTo(status != RESOLVED && status != REJECTED && status != CLOSED);

        assertThat(Claim.restore(claim.snapshot(), claim.version()).snapshot()).isEqualTo(claim.snapshot());
    }
}
