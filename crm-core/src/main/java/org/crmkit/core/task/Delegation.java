package org.crmkit.core.task;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** One link of a task's delegation chain: who handed it to whom, and why. */
public record Delegation(EmployeeId from, EmployeeId to, DepartmentId toDepartment, String reason, Instant at) {
    public Delegation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toDepartment, "toDepartment");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
