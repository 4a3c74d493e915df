package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.TaskId;
import org.junit.jupiter.api.Test;

class OverdueTaskSweepTest {
    final ServiceCompany co = new ServiceCompany();
    final OverdueTaskSweep sweep = new OverdueTaskSweep(co.crm, co.repositories, ServiceCompany.CALENDAR,
            OverdueTaskSweep.standardRules(), RaisedAlerts.inMemory());

    @Test
    void an_overdue_task_reminds_its_assignee_and_a_day_later_goes_up_to_the_head_with_a_higher_priority_once() {
        TaskId task = co.system.tasks().create(CreateTask.of("Call the client", co.alice, Instant.parse("2026-03-02T12:00:00Z")));

        co.at("2026-03-02T11:00:00Z");
        assertThat(sweep.run(co.clock.instant()).actions()).as("not yet due").isEmpty();

        co.at("2026-03-02T13:00:00Z");
        SlaSweepReport late = sweep.run(co.clock.instant());
        assertThat(late.actions()).extracting(SlaAction::kind).containsExactly(SlaAction.Kind.NOTIFIED);
        assertThat(co.events(TaskOverdue.class)).singleElement().satisfies(e -> assertThat(e.recipient()).isEqualTo(co.alice));

        co.at("2026-03-03T12:00:00Z"); // Mon 12-18 + Tue 9-12 = 9 business hours late
        SlaSweepReport dayLate = sweep.run(co.clock.instant());
        assertThat(dayLate.actions()).extracting(SlaAction::kind)
                .containsExactly(SlaAction.Kind.PRIORITY_RAISED, SlaAction.Kind.NOTIFIED);
        assertThat(co.repositories.tasks().get(task).priority()).isEqualTo(Priority.HIGH);
        assertThat(co.events(TaskOverdue.class)).last().satisfies(e -> {
            assertThat(e.recipient()).isEqualTo(co.hector);
            assertThat(e.overdue()).isEqualTo(Duration.ofHours(9));
        });

        assertThat(sweep.run(co.clock.instant()).actions()).as("idempotent").isEmpty();
        assertThat(co.repositories.tasks().get(task).priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void a_rescheduled_task_late_again_is_a_new_occasion() {
        TaskId task = co.system.tasks().create(CreateTask.of("Send the offer", co.bob, Instant.parse("2026-03-02T12:00:00Z")));
        co.at("2026-03-02T13:00:00Z");
        sweep.run(co.clock.instant());
        co.system.tasks().reschedule(task, Instant.parse("2026-03-02T15:00:00Z"));

        co.at("2026-03-02T16:00:00Z");
        assertThat(sweep.run(co.clock.instant()).actions(SlaAction.Kind.NOTIFIED)).hasSize(1);
        assertThat(co.events(TaskOverdue.class)).hasSize(2);
    }
}
