package org.crmkit.rules.process.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.RecordNotFound;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.Processes;
import org.junit.jupiter.api.Test;

class ProcessInstancesTest {
    private static final ProcessEnvironment ENVIRONMENT = ProcessEnvironment.of(Processes.catalog());
    private static final Stamp STAMP = Stamp.of(EmployeeId.newId(), Instant.parse("2026-11-27T09:00:00Z"));
    private final ProcessInstances store = ProcessInstances.inMemory();
    private final SubjectRef claim = SubjectRef.claim(UUID.randomUUID());

    private ProcessInstance startedRun() {
        ProcessInstance run = ProcessInstance.create(ProcessInstanceId.newId(), Processes.claimHandling().build(),
                claim, Processes.catalog());
        run.start(STAMP, ENVIRONMENT);
        return run;
    }

    @Test
    void a_stored_run_comes_back_as_it_was_and_goes_on_from_there() {
        ProcessInstance run = startedRun();
        TaskId task = TaskId.newId();
        EmployeeId agent = EmployeeId.newId();
        run.assign(NodeId.of("register"), task, agent, STAMP);
        store.save(run);

        ProcessInstance loaded = store.get(run.id());

        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.snapshot()).isEqualTo(run.snapshot());
        assertThat(loaded.workOf(task)).map(WorkItem::step).contains(NodeId.of("register"));
        assertThat(loaded.pendingEvents()).isEmpty();
        assertThat(store.waitingFor(task)).map(ProcessInstance::id).contains(run.id());
        assertThat(store.about(claim)).extracting(ProcessInstance::id).containsExactly(run.id());

        loaded.completeStep(NodeId.of("register"), Outcome.of("rejected"), STAMP, ENVIRONMENT);
        store.save(loaded);
        assertThat(store.get(run.id()).currentNodes()).containsExactly(NodeId.of("explain"));
        assertThat(store.waitingFor(task)).isEmpty();
    }

    @Test
    void a_change_to_a_loaded_run_is_not_stored_until_saved() {
        ProcessInstance run = startedRun();
        store.save(run);

        store.get(run.id()).completeStep(NodeId.of("register"), Outcome.of("rejected"), STAMP, ENVIRONMENT);

        assertThat(store.get(run.id()).currentNodes()).containsExactly(NodeId.of("register"));
    }

    @Test
    void two_writers_of_the_same_run_cannot_both_save() {
        ProcessInstance run = startedRun();
        store.save(run);
        ProcessInstance first = store.get(run.id());
        ProcessInstance second = store.get(run.id());
        first.completeStep(NodeId.of("register"), Outcome.of("rejected"), STAMP, ENVIRONMENT);
        second.completeStep(NodeId.of("register"), Outcome.of("approved"), STAMP, ENVIRONMENT);
        store.save(first);

        assertThatThrownBy(() -> store.save(second)).isInstanceOf(ConcurrentModification.class);
        assertThat(store.get(run.id()).currentNodes()).containsExactly(NodeId.of("explain"));
    }

    @Test
    void an_unknown_run_is_a_named_error() {
        assertThatThrownBy(() -> store.get(ProcessInstanceId.newId())).isInstanceOf(RecordNotFound.class)
                .hasMessageContaining("ProcessInstance");
    }
}
