package org.crmkit.core.task;

import org.crmkit.core.shared.DomainException;

/** A route has at least one step: its first step's responsible is the one who starts the task. */
public final class EmptyRoute extends DomainException {
    public EmptyRoute() {
        super("task.route-empty", "A task route needs at least one step", "В маршруте задачи должен быть хотя бы один шаг");
    }
}
