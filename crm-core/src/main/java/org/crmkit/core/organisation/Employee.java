package org.crmkit.core.organisation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;

/** A person who works for the company: owns records, does tasks, holds roles that decide what they may do. */
public final class Employee extends AggregateRoot<EmployeeId> {
    private final PersonName name;
    private String position;
    private DepartmentId department;
    private final Set<RoleName> roles;
    private EmploymentStatus status;
    private Instant dismissedAt;

    private Employee(EmployeeId id, long version, PersonName name, String position, DepartmentId department,
                     Set<RoleName> roles, EmploymentStatus status, Instant dismissedAt) {
        super(id, version);
        this.name = Objects.requireNonNull(name, "name");
        this.position = position;
        this.department = Objects.requireNonNull(department, "department");
        this.roles = new LinkedHashSet<>(roles);
        this.status = Objects.requireNonNull(status, "status");
        this.dismissedAt = dismissedAt;
    }

    public static Employee hire(EmployeeId id, PersonName name, String position, DepartmentId department,
                                Set<RoleName> roles) {
        return new Employee(id, 0, name, position, department, roles, EmploymentStatus.ACTIVE, null);
    }

    public static Employee restore(Snapshot s, long version) {
        return new Employee(s.id(), version, s.name(), s.position(), s.department(), s.roles(), s.status(),
                s.dismissedAt());
    }

    public void transferTo(DepartmentId newDepartment, String newPosition, Stamp stamp) {
        requireActive();
        Objects.requireNonNull(stamp, "stamp");
        this.department = Objects.requireNonNull(newDepartment, "department");
        this.position = newPosition;
    }

    public void grantRole(RoleName role) {
        requireActive();
        roles.add(Objects.requireNonNull(role));
    }

    public void revokeRole(RoleName role) {
        roles.remove(role);
    }

    public void dismiss(Stamp stamp) {
        requireActive();
        this.status = EmploymentStatus.DISMISSED;
        this.dismissedAt = stamp.at();
        // A dismissed employee holds no roles: access ends with employment.
        roles.clear();
        raise(new EmployeeDismissed(id(), stamp.by(), stamp.at()));
    }

    public boolean isActive() {
        return status == EmploymentStatus.ACTIVE;
    }

    /** Throws {@link EmployeeAlreadyDismissed} when work is about to be given to someone who left. */
    public void requireActive() {
        if (!isActive()) {
            throw new EmployeeAlreadyDismissed(id());
        }
    }

    public PersonName name() {
        return name;
    }

    public String position() {
        return position;
    }

    public DepartmentId department() {
        return department;
    }

    public Set<RoleName> roles() {
        return Set.copyOf(roles);
    }

    public EmploymentStatus status() {
        return status;
    }

    public Optional<Instant> dismissedAt() {
        return Optional.ofNullable(dismissedAt);
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), name, position, department, Set.copyOf(roles), status, dismissedAt);
    }

    /** Every field of an employee, for storage and for comparing states in tests. */
    public record Snapshot(EmployeeId id, PersonName name, String position, DepartmentId department,
                           Set<RoleName> roles, EmploymentStatus status, Instant dismissedAt) {
    }
}
