package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;

import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** In-memory {@link Employees}. */
public final class InMemoryEmployees extends InMemoryRepository<Employee, EmployeeId, Employee.Snapshot>
        implements Employees {
    private static final Comparator<Employee> BY_ID = Comparator.comparing(e -> e.id().value());

    public InMemoryEmployees() {
        super("Employee", Employee::snapshot, Employee::restore);
    }

    @Override
    public List<Employee> inDepartment(DepartmentId department) {
        return select(e -> e.department().equals(department), BY_ID);
    }

    @Override
    public List<Employee> all() {
        return select(e -> true, BY_ID);
    }
}
