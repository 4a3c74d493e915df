package org.crmkit.core.task;

import org.crmkit.core.shared.DomainException;

/** A routed task is done only by completing its steps in turn, not by skipping the ones left. */
public final class RouteNotFinished extends DomainException {
    public RouteNotFinished(TaskId id, int stepsLeft) {
        super("task.route-not-finished",
                "Task " + id + " still has " + stepsLeft + " route step(s) to do",
                "У задачи " + id + " остались невыполненные шаги маршрута: " + stepsLeft);
    }
}
