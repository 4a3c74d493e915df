package org.crmkit.core.task;

import org.crmkit.core.shared.DomainException;

/** Only a task set with a route has steps to complete. */
public final class TaskHasNoRoute extends DomainException {
    public TaskHasNoRoute(TaskId id) {
        super("task.no-route", "Task " + id + " has no route", "У задачи " + id + " нет маршрута");
    }
}
