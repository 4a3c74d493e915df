package org.crmkit.core.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * The facts about one record that an access decision may use: its resource, id, the responsible employee,
 * its department, and other employees assigned to it (e.g. a task's route, a claim's assignee). Nothing else of
 * the record is visible to the policy, which keeps decisions cheap and explainable.
 *
 * <p>{@code placement} is not a fact but a hint: the department's position in one version of the org tree
 * ({@link OrgTree#placement}), as a repository that stores positions already knows it. A check against that same
 * tree compares positions instead of looking the department up; against any other tree (the structure changed
 * since) the hint is ignored. It takes no part in {@code equals}, {@code hashCode} or {@code toString}: a placed
 * record is the same record. 0 means not placed.
 */
public record ProtectedRecord(Resource resource, UUID id, EmployeeId owner, DepartmentId department,
                              Set<EmployeeId> assigned, long placement) {
    public ProtectedRecord {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(department, "department");
        assigned = Set.copyOf(assigned);
    }

    /** A record that is not placed in any tree: checks look its department up. */
    public ProtectedRecord(Resource resource, UUID id, EmployeeId owner, DepartmentId department,
                           Set<EmployeeId> assigned) {
        this(resource, id, owner, department, assigned, 0);
    }

    public static ProtectedRecord of(Resource resource, UUID id, Accountable record) {
        return new ProtectedRecord(resource, id, record.owner(), record.department(), Set.of());
    }

    /** The same record carrying its department's position in {@code tree} (not placed when the tree lacks it). */
    public ProtectedRecord placedIn(OrgTree tree) {
        return new ProtectedRecord(resource, id, owner, department, assigned, tree.placement(department));
    }

    /** True when the employee owns the record or is assigned to it (scope OWN). */
    public boolean isOwnedOrAssignedTo(EmployeeId employee) {
        return owner.equals(employee) || assigned.contains(employee);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtectedRecord r && resource.equals(r.resource) && id.equals(r.id)
                && owner.equals(r.owner) && department.equals(r.department) && assigned.equals(r.assigned);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resource, id, owner, department, assigned);
    }

    @Override
    public String toString() {
        return "ProtectedRecord[resource=" + resource + ", id=" + id + ", owner=" + owner + ", department="
                + department + ", assigned=" + assigned + "]";
    }
}
