package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** {@link Employees} on the crm_employees tables. */
final class JpaEmployees extends JpaRepository<Employee, EmployeeId, Employee.Snapshot, EmployeeRow>
        implements Employees {
    private final OrganisationMapper mapper = new OrganisationMapperImpl();

    JpaEmployees(UnitOfWork work, Clock clock) {
        super(work, clock, EmployeeRow.class, "crm_employees", null);
    }

    @Override UUID key(EmployeeId id) { return id.value(); }
    @Override Employee.Snapshot snapshot(Employee a) { return a.snapshot(); }
    @Override Employee restore(Employee.Snapshot s, long version) { return Employee.restore(s, version); }
    @Override Employee.Snapshot toSnapshot(EmployeeRow row) { return mapper.toSnapshot(row); }
    @Override void write(Employee.Snapshot s, EmployeeRow row) { mapper.update(s, row); }
    @Override EmployeeRow newRow() { return new EmployeeRow(); }

    @Override
    public List<Employee> inDepartment(DepartmentId department) {
        return select("where r.department = :d order by r.id", "d", department.value());
    }

    @Override
    public List<Employee> all() {
        return select("order by r.id");
    }
}
