package org.crmkit.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crmkit.core.task.TaskFixtures.ANNA;
import static org.crmkit.core.task.TaskFixtures.BORIS;
import static org.crmkit.core.task.TaskFixtures.CLIENT;
import static org.crmkit.core.task.TaskFixtures.DUE;
import static org.crmkit.core.task.TaskFixtures.LEGAL;
import static org.crmkit.core.task.TaskFixtures.MANAGER;
import static org.crmkit.core.task.TaskFixtures.SALES;
import static org.crmkit.core.task.TaskFixtures.T0;
import static org.crmkit.core.task.TaskFixtures.VERA;
import static org.crmkit.core.task.TaskFixtures.aNewTask;
import static org.crmkit.core.task.TaskFixtures.aStartedTask;
import static org.crmkit.core.task.TaskFixtures.aTaskIn;
import static org.crmkit.core.task.TaskFixtures.at;
import static org.crmkit.core.task.TaskFixtures.by;
import static org.crmkit.core.task.TaskStatus.BLOCKED;
import static org.crmkit.core.task.TaskStatus.CANCELLED;
import static org.crmkit.core.task.TaskStatus.DONE;
import static org.crmkit.core.task.TaskStatus.IN_PROGRESS;
import static org.crmkit.core.task.TaskStatus.NEW;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.ReasonRequired;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskTest {

    @Test
    void a_new_task_belongs_to_its_assignee_and_remembers_who_set_it() {
        DealId deal = DealId.newId();
        ClaimId claim = ClaimId.newId();
        Task task = Task.create(TaskId.newId(), "  Prepare the offer ", " ", ANNA, SALES, DUE, Priority.HIGH,
                TaskLink.toClient(CLIENT).withDeal(deal).withClaim(claim), at(0));

        assertThat(task.title()).isEqualTo("Prepare the offer");
        assertThat(task.description()).isEmpty();
        assertThat(task.status()).isEqualTo(NEW);
        assertThat(task.owner()).isEqualTo(ANNA);
        assertThat(task.department()).isEqualTo(SALES);
        assertThat(task.creator()).isEqualTo(MANAGER);
        assertThat(task.link()).isEqualTo(new TaskLink(CLIENT, deal, claim));
        assertThat(task.history()).containsExactly(new TaskStatusChange(null, NEW, MANAGER, T0, null));
        assertThat(task.pendingEvents()).singleElement().isInstanceOf(TaskCreated.class);
    }

    @Test
    void a_task_without_a_link_is_about_nothing() {
        Task task = Task.create(TaskId.newId(), "Tidy the archive", null, ANNA, SALES, null, Priority.LOW, null,
                at(0));

        assertThat(task.link()).isEqualTo(TaskLink.none());
        assertThat(task.due()).isEmpty();
    }

    @Test
    void a_task_is_started_blocked_unblocked_and_completed() {
        Task task = aNewTask();

        task.start(by(ANNA, 1));
        task.block("the client is on holiday", by(ANNA, 2));
        assertThat(task.blockedReason()).contains("the client is on holiday");
        task.unblock(by(ANNA, 3));
        task.complete(by(ANNA, 4));

        assertThat(task.history()).extracting(TaskStatusChange::to)
                .containsExactly(NEW, IN_PROGRESS, BLOCKED, IN_PROGRESS, DONE);
        assertThat(task.blockedReason()).isEmpty();
        assertThat(task.isOpen()).isFalse();
        assertThat(task.pendingEvents()).extracting(DomainEvent::type)
                .containsExactly("TaskStarted", "TaskBlocked", "TaskUnblocked", "TaskCompleted");
    }

    @Test
    void a_task_blocked_before_it_started_goes_on_in_progress() {
        Task task = aTaskIn(BLOCKED);

        task.unblock(by(ANNA, 10));

        assertThat(task.status()).isEqualTo(IN_PROGRESS);
    }

    private record Move(String name, TaskStatus to, Set<TaskStatus> from, Consumer<Task> command) {
    }

    private static final List<Move> MOVES = List.of(
            new Move("start", IN_PROGRESS, EnumSet.of(NEW), t -> t.start(at(100))),
            new Move("block", BLOCKED, EnumSet.of(NEW, IN_PROGRESS), t -> t.block("no access", at(100))),
            new Move("unblock", IN_PROGRESS, EnumSet.of(BLOCKED), t -> t.unblock(at(100))),
            new Move("complete", DONE, EnumSet.of(IN_PROGRESS), t -> t.complete(at(100))),
            new Move("cancel", CANCELLED, EnumSet.of(NEW, IN_PROGRESS, BLOCKED), t -> t.cancel("not needed", at(100))));

    @TestFactory
    Stream<DynamicTest> every_move_is_allowed_only_from_its_source_statuses_and_refused_by_name_otherwise() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Move move : MOVES) {
            for (TaskStatus from : TaskStatus.values()) {
                boolean allowed = move.from().contains(from);
                tests.add(DynamicTest.dynamicTest(move.name() + " from " + from + (allowed ? " is allowed" : " is refused"),
                        () -> {
                            Task task = aTaskIn(from);
                            Task.Snapshot before = task.snapshot();
                            if (allowed) {
                                move.command().accept(task);
                                assertThat(task.status()).isEqualTo(move.to());
                            } else {
                                IllegalTaskTransition refused = catchThrowableOfType(IllegalTaskTransition.class,
                                        () -> move.command().accept(task));
                                assertThat(refused).isNotNull();
                                assertThat(refused.code()).isEqualTo("task.illegal-transition");
                                assertThat(refused.from()).isEqualTo(from);
                                assertThat(refused.to()).isEqualTo(move.to());
                                assertThat(task.snapshot()).isEqualTo(before);
                                assertThat(task.pendingEvents()).isEmpty();
                            }
                        }));
            }
        }
        return tests.stream();
    }

    @Test
    void a_finished_task_is_neither_delegated_rescheduled_nor_reprioritised() {
        for (TaskStatus finished : List.of(DONE, CANCELLED)) {
            assertRefusedUnchanged(aTaskIn(finished), t -> t.delegateTo(BORIS, LEGAL, "holiday", at(100)),
                    IllegalTaskTransition.class);
            assertRefusedUnchanged(aTaskIn(finished), t -> t.reschedule(DUE.plusSeconds(60), at(100)),
                    IllegalTaskTransition.class);
            assertRefusedUnchanged(aTaskIn(finished), t -> t.changePriority(Priority.URGENT, at(100)),
                    IllegalTaskTransition.class);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void blocking_cancelling_and_delegating_need_a_reason(String noReason) {
        assertRefusedUnchanged(aStartedTask(), t -> t.block(noReason, at(100)), ReasonRequired.class);
        assertRefusedUnchanged(aStartedTask(), t -> t.cancel(noReason, at(100)), ReasonRequired.class);
        assertRefusedUnchanged(aStartedTask(), t -> t.delegateTo(BORIS, LEGAL, noReason, at(100)),
                ReasonRequired.class);
    }

    @Test
    void delegation_hands_the_task_on_and_keeps_the_whole_chain() {
        Task task = aStartedTask();

        task.delegateTo(BORIS, LEGAL, "needs a lawyer", by(ANNA, 10));
        task.delegateTo(VERA, SALES, "Boris is ill", by(BORIS, 20));

        assertThat(task.owner()).isEqualTo(VERA);
        assertThat(task.department()).isEqualTo(SALES);
        assertThat(task.status()).isEqualTo(IN_PROGRESS);
        assertThat(task.delegations()).containsExactly(
                new Delegation(ANNA, BORIS, LEGAL, "needs a lawyer", T0.plus(Duration.ofMinutes(10))),
                new Delegation(BORIS, VERA, SALES, "Boris is ill", T0.plus(Duration.ofMinutes(20))));
        assertThat(task.pendingEvents()).last().isEqualTo(new TaskDelegated(task.id(), BORIS, VERA, SALES,
                "Boris is ill", BORIS, T0.plus(Duration.ofMinutes(20))));
    }

    @Test
    void a_task_is_not_delegated_to_whoever_has_it() {
        assertRefusedUnchanged(aStartedTask(), t -> t.delegateTo(ANNA, SALES, "why not", at(100)),
                AlreadyTheAssignee.class);
    }

    @Test
    void overdue_is_derived_from_the_moment_asked_about() {
        Task task = aStartedTask();

        assertThat(task.isOverdueAt(DUE.minusSeconds(1))).isFalse();
        assertThat(task.isOverdueAt(DUE)).isFalse();
        assertThat(task.isOverdueAt(DUE.plusSeconds(1))).isTrue();

        task.complete(by(ANNA, 30));

        assertThat(task.isOverdueAt(DUE.plusSeconds(1))).isFalse();
        assertThat(aTaskIn(CANCELLED).isOverdueAt(DUE.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void a_task_without_a_due_time_is_never_overdue() {
        Task task = Task.create(TaskId.newId(), "Someday", null, ANNA, SALES, null, Priority.LOW, null, at(0));

        assertThat(task.isOverdueAt(T0.plus(Duration.ofDays(3650)))).isFalse();
    }

    @Test
    void rescheduling_moves_the_due_time_and_so_what_is_overdue() {
        Task task = aStartedTask();

        task.reschedule(DUE.plus(Duration.ofDays(2)), at(100));

        assertThat(task.due()).contains(DUE.plus(Duration.ofDays(2)));
        assertThat(task.isOverdueAt(DUE.plusSeconds(1))).isFalse();
        assertThat(task.pendingEvents()).last().isEqualTo(new TaskRescheduled(task.id(), DUE,
                DUE.plus(Duration.ofDays(2)), MANAGER, T0.plus(Duration.ofMinutes(100))));
    }

    @Test
    void the_priority_of_an_open_task_changes() {
        Task task = aNewTask();

        task.changePriority(Priority.URGENT, at(10));

        assertThat(task.priority()).isEqualTo(Priority.URGENT);
        assertThat(task.pendingEvents()).last().isEqualTo(new TaskPriorityChanged(task.id(), Priority.NORMAL,
                Priority.URGENT, MANAGER, T0.plus(Duration.ofMinutes(10))));
    }

    @Test
    void cancelling_keeps_the_reason_in_the_history() {
        Task task = aTaskIn(BLOCKED);

        task.cancel("the client paid", at(10));

        assertThat(task.history().get(task.history().size() - 1).reason()).isEqualTo("the client paid");
        assertThat(task.blockedReason()).isEmpty();
    }

    @Test
    void a_restored_task_has_the_same_state_and_no_events() {
        Task task = aStartedTask();
        task.delegateTo(BORIS, LEGAL, "needs a lawyer", at(10));
        task.block("waiting for documents", at(20));

        Task restored = Task.restore(task.snapshot(), 3);

        assertThat(restored.snapshot()).isEqualTo(task.snapshot());
        assertThat(restored.pendingEvents()).isEmpty();
        assertThat(restored.version()).isEqualTo(3);
        assertThatThrownBy(() -> restored.delegations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    static void assertRefusedUnchanged(Task task, Consumer<Task> command, Class<? extends DomainException> expected) {
        Task.Snapshot before = task.snapshot();
        int events = task.pendingEvents().size();

        assertThatThrownBy(() -> command.accept(task)).isInstanceOf(expected);

        assertThat(task.snapshot()).isEqualTo(before);
        assertThat(task.pendingEvents()).hasSize(events);
    }
}
