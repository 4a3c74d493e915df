package org.crmkit.rules.process.app;

import org.crmkit.core.shared.DomainException;
import org.crmkit.core.task.TaskId;

/**
 * A task was completed as a process step, but no running process waits for it: it was never a step's task,
 * or its step was completed already.
 */
public final class NotAProcessTask extends DomainException {
    public NotAProcessTask(TaskId task) {
        super("process.task.not-waited-for",
                "no running process waits for task " + task + " (not a process task, or its step is done)",
                "ни один процесс не ждёт задачу " + task + " (это не задача процесса, или её шаг уже выполнен)");
    }
}
