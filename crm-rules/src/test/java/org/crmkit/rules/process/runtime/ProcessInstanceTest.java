package org.crmkit.rules.process.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.Processes;
import org.crmkit.rules.process.runtime.ProcessHistoryEntry.Kind;
import org.crmkit.rules.process.verify.UnsoundDefinition;
import org.junit.jupiter.api.Test;

class ProcessInstanceTest {
    /** A Friday morning, so that business days visibly skip the weekend. */
    private static final Instant FRIDAY = Instant.parse("2026-11-27T09:00:00Z");
    private static final EmployeeId AGENT = EmployeeId.newId();
    private static final Stamp STAMP = Stamp.of(AGENT, FRIDAY);
    private static final SubjectRef CLAIM = SubjectRef.claim(UUID.randomUUID());

    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.of(Processes.catalog());

    private static ProcessInstance claimRun(ProcessCatalog catalog) {
        return ProcessInstance.create(ProcessInstanceId.newId(), Processes.claimHandling().build(), CLAIM, catalog);
    }

    private static ProcessInstance claimRun() {
        return claimRun(Processes.catalog());
    }

    private static NodeId node(String id) {
        return NodeId.of(id);
    }

    @Test
    void starting_hands_out_the_first_step_to_its_role_with_its_deadline() {
        ProcessInstance run = claimRun();

        List<WorkItem> work = run.start(STAMP, ENVIRONMENT);

        assertThat(work).containsExactly(new WorkItem(run.id(), ProcessKey.of("claim-handling"), node("register"),
                "Register the claim", RoleName.of("support-agent"), FRIDAY.plus(Duration.ofHours(4))));
        assertThat(run.currentNodes()).containsExactly(node("register"));
        assertThat(run.pullEvents()).singleElement().isInstanceOf(ProcessStarted.class);
    }

    @Test
    void an_approved_claim_runs_the_repair_subprocess_inline_and_returns_to_notify_the_client() {
        ProcessInstance run = claimRun();
        run.start(STAMP, ENVIRONMENT);

        List<WorkItem> repair = run.completeStep(node("register"), Outcome.of("approved"), STAMP, ENVIRONMENT);
        assertThat(repair).singleElement().satisfies(w -> {
            assertThat(w.process()).isEqualTo(ProcessKey.of("claim-repair"));
            assertThat(w.step()).isEqualTo(node("fix"));
            assertThat(w.due()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z")); // Fri + 3 business days = Wed
        });
        assertThat(run.currentNodes()).containsExactly(node("repair"), node("fix"));

        List<WorkItem> notify = run.completeStep(node("fix"), STAMP, ENVIRONMENT);
        assertThat(notify).singleElement().satisfies(w -> {
            assertThat(w.step()).isEqualTo(node("notify"));
            assertThat(w.due()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z")); // Monday
        });

        assertThat(run.completeStep(node("notify"), STAMP, ENVIRONMENT)).isEmpty();
        assertThat(run.isFinished()).isTrue();
        assertThat(run.endReached()).contains(node("resolved"));
        assertThat(run.currentNodes()).isEmpty();
        assertThat(run.history()).extracting(ProcessHistoryEntry::node, ProcessHistoryEntry::kind).containsExactly(
                tuple(node("start"), Kind.STARTED),
                tuple(node("register"), Kind.STEP_COMPLETED),
                tuple(node("valid"), Kind.DECISION_TAKEN),
                tuple(node("repair"), Kind.SUBPROCESS_ENTERED),
                tuple(node("start"), Kind.STARTED),
                tuple(node("fix"), Kind.STEP_COMPLETED),
                tuple(node("done"), Kind.ENDED),
                tuple(node("notify"), Kind.STEP_COMPLETED),
                tuple(node("resolved"), Kind.ENDED));
        assertThat(run.history().get(2).outcome()).contains(Outcome.of("approved"));
        assertThat(run.history()).allSatisfy(e -> assertThat(e.by()).isEqualTo(AGENT));
        assertThat(run.pullEvents()).extracting(DomainEvent::type).containsExactly("ProcessStarted",
                "ProcessStepCompleted", "ProcessStepCompleted", "ProcessStepCompleted", "ProcessFinished");
    }

    @Test
    void a_rejected_claim_takes_the_otherwise_branch() {
        ProcessInstance run = claimRun();
        run.start(STAMP, ENVIRONMENT);

        assertThat(run.completeStep(node("register"), Outcome.of("rejected"), STAMP, ENVIRONMENT))
                .extracting(WorkItem::step, WorkItem::responsible)
                .containsExactly(tuple(node("explain"), RoleName.of("quality-lead")));
        run.completeStep(node("explain"), STAMP, ENVIRONMENT);
        assertThat(run.endReached()).contains(node("refused"));
    }

    @Test
    void the_resolver_decides_when_the_step_gave_no_outcome() {
        ProcessEnvironment resolving = ENVIRONMENT
                .withDecisions((subject, process, decision) -> Optional.of(Outcome.of("rejected")));
        ProcessInstance run = claimRun();
        run.start(STAMP, resolving);

        assertThat(run.completeStep(node("register"), STAMP, resolving)).extracting(WorkItem::step).containsExactly(node("explain"));
    }

    @Test
    void an_undecided_decision_stops_the_completion_and_leaves_the_run_as_it_was() {
        ProcessInstance run = claimRun();
        run.start(STAMP, ENVIRONMENT);

        assertThatThrownBy(() -> run.completeStep(node("register"), STAMP, ENVIRONMENT)).isInstanceOf(DecisionUnresolved.class);
        assertThatThrownBy(() -> run.completeStep(node("register"), Outcome.of("maybe"), STAMP, ENVIRONMENT))
                .isInstanceOf(UnknownOutcome.class).hasMessageContaining("maybe");
        assertThat(run.currentNodes()).containsExactly(node("register"));
        assertThat(run.history()).hasSize(1);
        assertThat(run.openWorkItems()).extracting(WorkItem::step).containsExactly(node("register"));
    }

    @Test
    void completing_a_step_the_run_is_not_at_is_refused() {
        ProcessInstance run = claimRun();

        assertThatThrownBy(() -> run.completeStep(node("register"), STAMP, ENVIRONMENT)).isInstanceOf(ProcessNotStarted.class);
        run.start(STAMP, ENVIRONMENT);
        assertThatThrownBy(() -> run.start(STAMP, ENVIRONMENT)).isInstanceOf(ProcessAlreadyStarted.class);
        assertThatThrownBy(() -> run.completeStep(node("notify"), STAMP, ENVIRONMENT))
                .isInstanceOf(StepNotCurrent.class).hasMessageContaining("notify").hasMessageContaining("register");
    }

    @Test
    void a_finished_run_takes_no_more_completions() {
        ProcessInstance run = claimRun();
        run.start(STAMP, ENVIRONMENT);
        run.completeStep(node("register"), Outcome.of("rejected"), STAMP, ENVIRONMENT);
        run.completeStep(node("explain"), STAMP, ENVIRONMENT);

        assertThatThrownBy(() -> run.completeStep(node("explain"), STAMP, ENVIRONMENT)).isInstanceOf(ProcessAlreadyFinished.class);
    }

    @Test
    void an_unsound_definition_cannot_be_run() {
        assertThatThrownBy(() -> claimRun(ProcessCatalog.empty()))
                .isInstanceOf(UnsoundDefinition.class)
                .satisfies(e -> assertThat(((UnsoundDefinition) e).report().errors()).isNotEmpty());
    }

    @Test
    void a_step_handed_out_as_a_task_is_traced_in_the_history_and_cannot_be_handed_out_twice() {
        ProcessInstance run = claimRun();
        run.start(STAMP, ENVIRONMENT);
        org.crmkit.core.task.TaskId task = org.crmkit.core.task.TaskId.newId();
        EmployeeId assignee = EmployeeId.newId();

        run.assign(node("register"), task, assignee, STAMP);

        assertThat(run.assignmentOf(node("register"))).contains(new Assignment(task, assignee));
        assertThat(run.workOf(task)).map(WorkItem::step).contains(node("register"));
        assertThatThrownBy(() -> run.assign(node("register"), org.crmkit.core.task.TaskId.newId(), assignee, STAMP))
                .isInstanceOf(WorkAlreadyAssigned.class).hasMessageContaining(task.toString());
        assertThatThrownBy(() -> run.assign(node("notify"), task, assignee, STAMP))
                .isInstanceOf(StepNotCurrent.class);

        run.completeStep(node("register"), Outcome.of("rejected"), STAMP, ENVIRONMENT);

        assertThat(run.workOf(task)).isEmpty();
        assertThat(run.history()).extracting(ProcessHistoryEntry::kind, ProcessHistoryEntry::assignment)
                .startsWith(tuple(Kind.STARTED, Optional.empty()),
                        tuple(Kind.STEP_ASSIGNED, Optional.of(new Assignment(task, assignee))),
                        tuple(Kind.STEP_COMPLETED, Optional.of(new Assignment(task, assignee))));
    }

    @Test
    void a_run_rebuilt_from_its_snapshot_is_the_same_run() {
        ProcessInstance run = claimRun();
        run.start(STAMP, ENVIRONMENT);
        run.completeStep(node("register"), Outcome.of("approved"), STAMP, ENVIRONMENT);

        ProcessInstance rebuilt = ProcessInstance.restore(run.snapshot(), 3);

        assertThat(rebuilt.snapshot()).isEqualTo(run.snapshot());
        assertThat(rebuilt.version()).isEqualTo(3);
        assertThat(rebuilt.currentNodes()).containsExactly(node("repair"), node("fix"));
        assertThat(rebuilt.completeStep(node("fix"), STAMP, ENVIRONMENT)).extracting(WorkItem::step)
                .containsExactly(node("notify"));
    }
}
