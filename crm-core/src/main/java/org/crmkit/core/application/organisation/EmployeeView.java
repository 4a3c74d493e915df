package org.crmkit.core.application.organisation;

import java.util.Set;

import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.EmploymentStatus;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** What a session sees of an employee. */
public record EmployeeView(EmployeeId id, String name, String position, DepartmentId department,
                           Set<RoleName> roles, EmploymentStatus status) {
    static EmployeeView of(Employee e) {
        return new EmployeeView(e.id(), e.name().full(), e.position(), e.department(), e.roles(), e.status());
    }
}
