package org.crmkit.rules.process.runtime;

import java.util.List;
import java.util.Optional;

import org.crmkit.core.shared.Repository;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.internal.InMemoryProcessInstances;

/**
 * Repository port for process runs, with the {@link Repository} contract: {@code save} checks the version
 * (optimistic locking) and {@code find} returns an independent copy. Runs are stored as their
 * {@link ProcessInstance.Snapshot}; the environment is not part of a run.
 */
public interface ProcessInstances extends Repository<ProcessInstance, ProcessInstanceId> {
    /** The unfinished run waiting for the step handed out as this task. */
    Optional<ProcessInstance> waitingFor(TaskId task);

    /** The runs about a subject, in order of start (their ids are time-ordered). */
    List<ProcessInstance> about(SubjectRef subject);

    @Override
    default String aggregateName() {
        return "ProcessInstance";
    }

    /** An empty store in memory: the embedded default, and what tests use. */
    static ProcessInstances inMemory() {
        return new InMemoryProcessInstances();
    }
}
