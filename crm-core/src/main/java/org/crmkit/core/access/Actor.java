package org.crmkit.core.access;

import java.util.Objects;
import java.util.Set;

import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * The employee a session acts for, as access control sees them: who, in which department, holding which roles.
 * Taken from the employee record when the session opens.
 */
public record Actor(EmployeeId employee, DepartmentId department, Set<RoleName> roles) {
    public Actor {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        roles = Set.copyOf(roles);
    }

    /** The employee as they are now: their department and roles (a dismissed employee holds none). */
    public static Actor of(Employee employee) {
        return new Actor(employee.id(), employee.department(), employee.roles());
    }
}
