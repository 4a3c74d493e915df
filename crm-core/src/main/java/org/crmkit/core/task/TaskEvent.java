package org.crmkit.core.task;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** Something that happened to a task; {@link #task()} orders delivery. */
public sealed interface TaskEvent extends DomainEvent permits
        TaskCreated,
        TaskStarted,
        TaskBlocked,
        TaskUnblocked,
        TaskDelegated,
        TaskStepCompleted,
        TaskHandedOn,
        TaskCompleted,
        TaskCancelled,
        TaskRescheduled,
        TaskPriorityChanged {
    TaskId task();

    @Override
    default UUID aggregateId() {
        return task().value();
    }
}
