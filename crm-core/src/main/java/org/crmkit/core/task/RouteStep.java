package org.crmkit.core.task;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * A step of a task's route: steps are done in index order, and the current step's responsible is the task's
 * assignee.
 *
 * @param due    when the step should be done, or null
 * @param doneAt null while the step is not done
 * @param doneBy null while the step is not done
 * @param note   what the person who did the step said about it, or null
 */
public record RouteStep(int index, String name, EmployeeId responsible, DepartmentId department, Instant due,
                        Instant doneAt, EmployeeId doneBy, String note) {
    public RouteStep {
        if (index < 0) {
            throw new IllegalArgumentException("a step index is not negative");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(department, "department");
        if ((doneAt == null) != (doneBy == null)) {
            throw new IllegalArgumentException("a done step says when and by whom");
        }
    }

    static RouteStep planned(int index, RouteStepPlan plan) {
        return new RouteStep(index, plan.name(), plan.responsible(), plan.department(), plan.due(), null, null, null);
    }

    RouteStep doneBy(EmployeeId by, Instant at, String note) {
        return new RouteStep(index, name, responsible, department, due, at, by, note);
    }

    RouteStep reassignedTo(EmployeeId employee, DepartmentId toDepartment) {
        return new RouteStep(index, name, employee, toDepartment, due, doneAt, doneBy, note);
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
