package org.crmkit.core.application.organisation;

import java.util.List;
import java.util.stream.Collectors;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;

/** The company's structure: departments and the employees who work in them. */
public final class OrganisationUseCases {
    private final SessionContext session;

    public OrganisationUseCases(SessionContext session) {
        this.session = session;
    }

    public DepartmentId createDepartment(CreateDepartment command) {
        session.validate(command);
        session.require(Permission.of(Resource.DEPARTMENT, Action.CREATE));
        return session.run(() -> {
            Departments departments = session.repositories().departments();
            DepartmentId id = DepartmentId.newId();
            Department department;
            if (command.parent() == null) {
                if (!departments.all().isEmpty()) {
                    throw new DepartmentTreeBroken("the company already has a top department",
                            "у компании уже есть головное подразделение");
                }
                department = Department.root(id, command.name());
            } else {
                if (departments.find(command.parent()).isEmpty()) {
                    throw new DepartmentTreeBroken("parent department " + command.parent() + " does not exist",
                            "родительское подразделение " + command.parent() + " не существует");
                }
                department = Department.under(id, command.name(), command.parent());
            }
            session.store(departments, department);
            return id;
        });
    }

    public void appointHead(DepartmentId departmentId, EmployeeId head) {
        session.run(() -> {
            Departments departments = session.repositories().departments();
            Department department = departments.get(departmentId);
            session.require(Permission.of(Resource.DEPARTMENT, Action.UPDATE), record(department));
            session.repositories().employees().get(head).requireActive();
            department.appointHead(head, session.stamp());
            session.store(departments, department);
        });
    }

    public EmployeeId hire(HireEmployee command) {
        session.validate(command);
        session.require(Permission.of(Resource.EMPLOYEE, Action.CREATE));
        return session.run(() -> {
            if (session.repositories().departments().find(command.department()).isEmpty()) {
                throw new DepartmentTreeBroken("department " + command.department() + " does not exist",
                        "подразделение " + command.department() + " не существует");
            }
            EmployeeId id = EmployeeId.newId();
            Employee employee = Employee.hire(id,
                    PersonName.of(command.firstName(), command.middleName(), command.lastName()),
                    command.position(), command.department(),
                    command.roles().stream().map(RoleName::of).collect(Collectors.toSet()));
            session.store(session.repositories().employees(), employee);
            return id;
        });
    }

    public void transfer(EmployeeId employeeId, DepartmentId department, String position) {
        session.run(() -> {
            Employees employees = session.repositories().employees();
            Employee employee = employees.get(employeeId);
            session.require(Permission.of(Resource.EMPLOYEE, Action.UPDATE), record(employee));
            session.repositories().departments().get(department);
            employee.transferTo(department, position, session.stamp());
            session.store(employees, employee);
        });
    }

    public void grantRole(EmployeeId employeeId, RoleName role) {
        session.run(() -> {
            Employees employees = session.repositories().employees();
            Employee employee = employees.get(employeeId);
            session.require(Permission.of(Resource.EMPLOYEE, Action.ASSIGN), record(employee));
            employee.grantRole(role);
            session.store(employees, employee);
        });
    }

    public void dismiss(EmployeeId employeeId) {
        session.run(() -> {
            Employees employees = session.repositories().employees();
            Employee employee = employees.get(employeeId);
            session.require(Permission.of(Resource.EMPLOYEE, Action.UPDATE), record(employee));
            employee.dismiss(session.stamp());
            session.store(employees, employee);
        });
    }

    public EmployeeView employee(EmployeeId id) {
        Employee employee = session.repositories().employees().get(id);
        session.require(Permission.of(Resource.EMPLOYEE, Action.READ), record(employee));
        return EmployeeView.of(employee);
    }

    public List<EmployeeView> employees() {
        RecordFilter filter = session.filter(Permission.of(Resource.EMPLOYEE, Action.READ));
        return session.repositories().employees().all().stream()
                .filter(e -> filter.admits(record(e)))
                .map(EmployeeView::of)
                .toList();
    }

    public List<DepartmentView> departments() {
        RecordFilter filter = session.filter(Permission.of(Resource.DEPARTMENT, Action.READ));
        return session.repositories().departments().all().stream()
                .filter(d -> filter.admits(record(d)))
                .map(DepartmentView::of)
                .toList();
    }

    /** An employee record is "owned" by the employee, in their department. */
    static ProtectedRecord record(Employee e) {
        return new ProtectedRecord(Resource.EMPLOYEE, e.id().value(), e.id(), e.department(), java.util.Set.of());
    }

    /** A department record belongs to itself; its head counts as its owner. */
    static ProtectedRecord record(Department d) {
        return new ProtectedRecord(Resource.DEPARTMENT, d.id().value(), d.head().orElse(EmployeeId.SYSTEM), d.id(),
                java.util.Set.of());
    }
}
