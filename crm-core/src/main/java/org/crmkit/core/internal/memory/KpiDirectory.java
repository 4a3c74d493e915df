package org.crmkit.core.internal.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** Names of employees and departments, and each department's office, read once per KPI query. */
final class KpiDirectory {
    static final String HEAD_OFFICE = "(head office)";

    private final Map<EmployeeId, String> employees = new HashMap<>();
    private final Map<DepartmentId, Department> departments = new HashMap<>();

    KpiDirectory(Employees employeeRepo, Departments departmentRepo) {
        for (Employee e : employeeRepo.all()) {
            employees.put(e.id(), e.name().full());
        }
        for (Department d : departmentRepo.all()) {
            departments.put(d.id(), d);
        }
    }

    String employee(EmployeeId id) {
        return id.isSystem() ? "(system)" : employees.getOrDefault(id, id.toString());
    }

    String department(DepartmentId id) {
        Department d = departments.get(id);
        return d == null ? id.toString() : d.name();
    }

    /** The ancestor directly below the root; the root itself (or an unknown department) is the head office. */
    String office(DepartmentId id) {
        Department current = departments.get(id);
        if (current == null || current.parent().isEmpty()) {
            return HEAD_OFFICE;
        }
        while (true) {
            Optional<DepartmentId> parentId = current.parent();
            Department parent = parentId.map(departments::get).orElse(null);
            if (parent == null || parent.parent().isEmpty()) {
                return current.name();
            }
            current = parent;
        }
    }
}
