package org.crmkit.core.task;

/** How urgent a task is, lowest first. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
