package org.crmkit.core.task;

/** Where a task is in its life; DONE and CANCELLED are final. */
public enum TaskStatus {
    NEW,
    IN_PROGRESS,
    BLOCKED,
    DONE,
    CANCELLED
}
