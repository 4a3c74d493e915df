package org.crmkit.core.task;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * A step of a task's route as planned when the task is set.
 *
 * @param due when the step should be done, or null
 */
public record RouteStepPlan(String name, EmployeeId responsible, DepartmentId department, Instant due) {
    public RouteStepPlan {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a route step needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(department, "department");
    }
}
