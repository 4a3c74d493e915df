package org.crmkit.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.task.TaskFixtures.ANNA;
import static org.crmkit.core.task.TaskFixtures.BORIS;
import static org.crmkit.core.task.TaskFixtures.CLIENT;
import static org.crmkit.core.task.TaskFixtures.DUE;
import static org.crmkit.core.task.TaskFixtures.FINANCE;
import static org.crmkit.core.task.TaskFixtures.LEGAL;
import static org.crmkit.core.task.TaskFixtures.MANAGER;
import static org.crmkit.core.task.TaskFixtures.SALES;
import static org.crmkit.core.task.TaskFixtures.T0;
import static org.crmkit.core.task.TaskFixtures.VERA;
import static org.crmkit.core.task.TaskFixtures.aStartedRoutedTask;
import static org.crmkit.core.task.TaskFixtures.aStartedTask;
import static org.crmkit.core.task.TaskFixtures.at;
import static org.crmkit.core.task.TaskFixtures.by;
import static org.crmkit.core.task.TaskFixtures.contractApproval;
import static org.crmkit.core.task.TaskTest.assertRefusedUnchanged;

import java.time.Duration;
import java.util.List;

import org.crmkit.core.shared.DomainEvent;
import org.junit.jupiter.api.Test;

class TaskRouteTest {

    @Test
    void the_first_steps_responsible_has_a_routed_task_first() {
        Task task = Task.createWithRoute(TaskId.newId(), "Approve the supply contract", null, contractApproval(),
                DUE, Priority.HIGH, TaskLink.toClient(CLIENT), at(0));

        assertThat(task.owner()).isEqualTo(ANNA);
        assertThat(task.department()).isEqualTo(SALES);
        assertThat(task.creator()).isEqualTo(MANAGER);
        assertThat(task.route()).extracting(RouteStep::index).containsExactly(0, 1, 2);
        assertThat(task.currentStep()).map(RouteStep::name).contains("draft the contract");
        assertThat(task.pendingEvents()).singleElement()
                .isInstanceOfSatisfying(TaskCreated.class, e -> assertThat(e.routeSteps()).isEqualTo(3));
    }

    @Test
    void a_route_has_at_least_one_step() {
        assertThatThrownBy(() -> Task.createWithRoute(TaskId.newId(), "Nothing to do", null, List.of(), DUE,
                Priority.LOW, null, at(0))).isInstanceOf(EmptyRoute.class);
    }

    @Test
    void completing_a_step_hands_the_task_to_the_next_steps_responsible() {
        Task task = aStartedRoutedTask();

        task.completeStep("draft attached", by(ANNA, 60));

        assertThat(task.owner()).isEqualTo(BORIS);
        assertThat(task.department()).isEqualTo(LEGAL);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.route().get(0).doneBy()).isEqualTo(ANNA);
        assertThat(task.route().get(0).doneAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(task.route().get(0).note()).isEqualTo("draft attached");
        assertThat(task.currentStep()).map(RouteStep::index).contains(1);
        assertThat(task.pendingEvents()).containsExactly(
                new TaskStepCompleted(task.id(), 0, "draft the contract", "draft attached", ANNA,
                        T0.plus(Duration.ofMinutes(60))),
                new TaskHandedOn(task.id(), 1, ANNA, BORIS, LEGAL, ANNA, T0.plus(Duration.ofMinutes(60))));
    }

    @Test
    void completing_the_last_step_completes_the_task() {
        Task task = aStartedRoutedTask();

        task.completeStep(null, by(ANNA, 60));
        task.completeStep("clause 4 changed", by(BORIS, 120));
        task.completeStep(" ", by(VERA, 180));

        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.route()).allMatch(RouteStep::isDone);
        assertThat(task.route()).extracting(RouteStep::doneBy).containsExactly(ANNA, BORIS, VERA);
        assertThat(task.currentStep()).isEmpty();
        assertThat(task.owner()).isEqualTo(VERA);
        assertThat(task.department()).isEqualTo(FINANCE);
        assertThat(task.pendingEvents()).extracting(DomainEvent::type).containsExactly(
                "TaskStepCompleted", "TaskHandedOn", "TaskStepCompleted", "TaskHandedOn", "TaskStepCompleted",
                "TaskCompleted");
    }

    @Test
    void a_routed_task_with_steps_left_is_not_completed_by_skipping_them() {
        Task task = aStartedRoutedTask();
        task.completeStep(null, by(ANNA, 60));

        assertRefusedUnchanged(task, t -> t.complete(by(BORIS, 70)), RouteNotFinished.class);
    }

    @Test
    void steps_are_completed_only_while_the_task_is_in_progress_and_only_on_a_routed_task() {
        Task notStarted = Task.createWithRoute(TaskId.newId(), "Approve", null, contractApproval(), DUE,
                Priority.HIGH, null, at(0));

        assertRefusedUnchanged(notStarted, t -> t.completeStep(null, at(10)), IllegalTaskTransition.class);
        assertRefusedUnchanged(aStartedTask(), t -> t.completeStep(null, at(10)), TaskHasNoRoute.class);
    }

    @Test
    void delegating_a_routed_task_reassigns_the_current_step_only() {
        Task task = aStartedRoutedTask();
        task.completeStep(null, by(ANNA, 60));

        task.delegateTo(ANNA, SALES, "Boris is on holiday", by(BORIS, 70));

        assertThat(task.owner()).isEqualTo(ANNA);
        assertThat(task.route().get(1).responsible()).isEqualTo(ANNA);
        assertThat(task.route().get(1).department()).isEqualTo(SALES);
        assertThat(task.route().get(2).responsible()).isEqualTo(VERA);
        assertThat(task.delegations()).singleElement().isEqualTo(
                new Delegation(BORIS, ANNA, SALES, "Boris is on holiday", T0.plus(Duration.ofMinutes(70))));

        task.completeStep("reviewed instead of Boris", by(ANNA, 80));

        assertThat(task.owner()).isEqualTo(VERA);
        assertThat(task.route().get(1).doneBy()).isEqualTo(ANNA);
    }

    @Test
    void a_restored_routed_task_has_the_same_state() {
        Task task = aStartedRoutedTask();
        task.completeStep("draft attached", by(ANNA, 60));
        task.delegateTo(VERA, FINANCE, "legal is overloaded", at(61));

        assertThat(Task.restore(task.snapshot(), 2).snapshot()).isEqualTo(task.snapshot());
    }
}
