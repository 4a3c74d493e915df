package org.crmkit.core.task;

import org.crmkit.core.shared.IllegalTransition;

/** The task's current status does not allow the requested move or command. */
public final class IllegalTaskTransition extends IllegalTransition {
    private final TaskStatus status;

    /** A status move the lifecycle does not have, e.g. DONE → IN_PROGRESS. */
    public IllegalTaskTransition(TaskId id, TaskStatus from, TaskStatus to) {
        super("task.illegal-transition", "Task", id, from, to);
        this.status = from;
    }

    /** A command that is not a status move but still depends on the status, e.g. delegating a done task. */
    public IllegalTaskTransition(TaskId id, TaskStatus status, String actionEn, String actionRu) {
        super("task.illegal-transition",
                "Task " + id + " cannot " + actionEn + " while " + status,
                "Задача " + id + ": нельзя " + actionRu + " в статусе " + status);
        this.status = status;
    }

    /** The status the task was in when the command was refused. */
    public TaskStatus status() {
        return status;
    }
}
