package org.crmkit.core.organisation;

import java.util.List;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Repository;

/** Repository port for employees. */
public interface Employees extends Repository<Employee, EmployeeId> {
    List<Employee> inDepartment(DepartmentId department);

    List<Employee> all();

    @Override
    default String aggregateName() {
        return "Employee";
    }
}
