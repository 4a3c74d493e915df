package org.crmkit.core.task;

import org.crmkit.core.shared.GuardDecision;

/**
 * The service-provider hook consulted before a task's status move is stored, where a company's process is
 * stricter than the task's own lifecycle (crm-rules implements it from a company's transition policy). Core only
 * declares it. It sees the task as the command left it (status already {@code to}) before anything is stored; it
 * must only read it. A refusal leaves stored data as it was.
 */
@FunctionalInterface
public interface TaskTransitionGuard {
    GuardDecision check(Task task, TaskStatus from, TaskStatus to);

    /** Lets every move the task's lifecycle allows through (the default). */
    TaskTransitionGuard ALLOW_ALL = (task, from, to) -> GuardDecision.allow();
}
