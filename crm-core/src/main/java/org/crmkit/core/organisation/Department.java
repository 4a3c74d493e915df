package org.crmkit.core.organisation;

import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/**
 * A unit of the company's structure. Departments form a tree through their parent; the tree itself (no
 * cycles, parent exists) is checked by {@link OrgTree} because it spans several departments.
 */
public final class Department extends AggregateRoot<DepartmentId> {
    private final String name;
    private final DepartmentId parent;
    private EmployeeId head;

    private Department(DepartmentId id, long version, String name, DepartmentId parent, EmployeeId head) {
        super(id, version);
        this.name = requireName(name);
        this.parent = parent;
        this.head = head;
    }

    /** The top of the company's structure. */
    public static Department root(DepartmentId id, String name) {
        return new Department(id, 0, name, null, null);
    }

    public static Department under(DepartmentId id, String name, DepartmentId parent) {
        return new Department(id, 0, name, Objects.requireNonNull(parent, "parent"), null);
    }

    public static Department restore(Snapshot s, long version) {
        return new Department(s.id(), version, s.name(), s.parent(), s.head());
    }

    public void appointHead(EmployeeId employee, Stamp stamp) {
        Objects.requireNonNull(stamp, "stamp");
        this.head = Objects.requireNonNull(employee, "head");
    }

    public String name() {
        return name;
    }

    public Optional<DepartmentId> parent() {
        return Optional.ofNullable(parent);
    }

    public Optional<EmployeeId> head() {
        return Optional.ofNullable(head);
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), name, parent, head);
    }

    /** Every field of a department, for storage and for comparing states in tests. */
    public record Snapshot(DepartmentId id, String name, DepartmentId parent, EmployeeId head) {
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a department needs a name");
        }
        return name.strip();
    }
}
