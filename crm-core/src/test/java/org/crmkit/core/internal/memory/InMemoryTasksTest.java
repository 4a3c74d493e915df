package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.task.TaskFixtures.ANNA;
import static org.crmkit.core.task.TaskFixtures.BORIS;
import static org.crmkit.core.task.TaskFixtures.CLIENT;
import static org.crmkit.core.task.TaskFixtures.DUE;
import static org.crmkit.core.task.TaskFixtures.LEGAL;
import static org.crmkit.core.task.TaskFixtures.SALES;
import static org.crmkit.core.task.TaskFixtures.aStartedRoutedTask;
import static org.crmkit.core.task.TaskFixtures.at;

import java.time.Duration;
import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.junit.jupiter.api.Test;

class InMemoryTasksTest {
    private final InMemoryTasks tasks = new InMemoryTasks();

    @Test
    void tasks_are_listed_by_due_time_with_undated_ones_last() {
        Task later = task("later", ANNA, DUE.plus(Duration.ofDays(1)), TaskLink.toClient(CLIENT));
        Task undated = task("undated", ANNA, null, TaskLink.toClient(CLIENT));
        Task sooner = task("sooner", BORIS, DUE, TaskLink.none());
        Task cancelled = task("cancelled", ANNA, DUE, TaskLink.none());
        cancelled.cancel("not needed", at(1));
        for (Task t : new Task[] {later, undated, sooner, cancelled}) {
            tasks.save(t);
        }

        assertThat(tasks.ofClient(CLIENT)).extracting(Task::title).containsExactly("later", "undated");
        assertThat(tasks.assignedTo(ANNA)).extracting(Task::title).containsExactly("cancelled", "later", "undated");
        assertThat(tasks.open()).extracting(Task::title).containsExactly("sooner", "later", "undated");
        assertThat(tasks.all()).hasSize(4);
    }

    @Test
    void a_routed_task_is_listed_under_whoever_has_the_current_step() {
        Task routed = aStartedRoutedTask();
        routed.completeStep(null, at(60));
        tasks.save(routed);

        assertThat(tasks.assignedTo(BORIS)).extracting(Task::id).containsExactly(routed.id());
        assertThat(tasks.assignedTo(ANNA)).isEmpty();
        assertThat(tasks.get(routed.id()).snapshot()).isEqualTo(routed.snapshot());
    }

    private static Task task(String title, EmployeeId assignee, Instant due, TaskLink link) {
        return Task.create(TaskId.newId(), title, null, assignee, assignee.equals(BORIS) ? LEGAL : SALES, due,
                Priority.NORMAL, link, at(0));
    }
}
