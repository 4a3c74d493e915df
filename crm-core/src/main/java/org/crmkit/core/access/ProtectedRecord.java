package org.crmkit.core.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * The facts about one record that an access decision may use: its resource, id, the responsible employee,
 * its department, and other employees assigned to it (e.g. a task's route, a claim's assignee). Nothing else of
 * the record is visible to the policy, which keeps decisions cheap and explainable.
 */
public record ProtectedRecord(Resource resource, UUID id, EmployeeId owner, DepartmentId department,
                              Set<EmployeeId> assigned) {
    public ProtectedRecord {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(department, "department");
        assigned = Set.copyOf(assigned);
    }

    public static ProtectedRecord of(Resource resource, UUID id, Accountable record) {
        return new ProtectedRecord(resource, id, record.owner(), record.department(), Set.of());
    }

    /** True when the employee owns the record or is assigned to it (scope OWN). */
    public boolean isOwnedOrAssignedTo(EmployeeId employee) {
        return owner.equals(employee) || assigned.contains(employee);
    }
}
