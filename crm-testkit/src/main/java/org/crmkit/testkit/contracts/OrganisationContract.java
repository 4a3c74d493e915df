package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.crmkit.core.application.Repositories;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Repository;
import org.junit.jupiter.api.Test;

/** The contracts of the organisation's ports: {@link EmployeesContract} and {@link DepartmentsContract}. */
public final class OrganisationContract {
    private OrganisationContract() {
    }

    /** The contract of the {@link org.crmkit.core.organisation.Employees} port. */
    public abstract static class EmployeesContract extends AggregateRepositoryContract<Employee, EmployeeId> {
        @Override
        protected Repository<Employee, EmployeeId> repository(Repositories repositories) {
            return repositories.employees();
        }

        @Override
        protected Employee aNew() {
            return Employee.hire(EmployeeId.newId(), PersonName.of("Vera", "Novikova"), "lawyer", world.service,
                    Set.of(RoleName.of("service-agent")));
        }

        @Override
        protected void change(Employee employee) {
            employee.grantRole(RoleName.of("extra-" + employee.roles().size()));
        }

        @Override
        protected Object stateOf(Employee employee) {
            return employee.snapshot();
        }

        @Test
        void employees_are_listed_by_department() {
            Employee vera = aNew();
            stored().employees().save(vera);

            assertThat(stored().employees().inDepartment(world.service)).extracting(Employee::id)
                    .containsExactlyInAnyOrder(world.olga, vera.id());
            assertThat(stored().employees().inDepartment(world.north)).extracting(Employee::id)
                    .containsExactlyInAnyOrder(world.anna, world.boris);
            assertThat(stored().employees().all()).hasSize(world.employees().size() + 1);
        }
    }

    /** The contract of the {@link org.crmkit.core.organisation.Departments} port. */
    public abstract static class DepartmentsContract extends AggregateRepositoryContract<Department, DepartmentId> {
        @Override
        protected Repository<Department, DepartmentId> repository(Repositories repositories) {
            return repositories.departments();
        }

        @Override
        protected Department aNew() {
            return Department.under(DepartmentId.newId(), "Key accounts", world.sales);
        }

        @Override
        protected void change(Department department) {
            EmployeeId head = department.head().filter(world.anna::equals).isPresent() ? world.boris : world.anna;
            department.appointHead(head, world.next(world.galina));
        }

        @Override
        protected Object stateOf(Department department) {
            return department.snapshot();
        }

        @Test
        void all_departments_are_listed_with_their_parents() {
            assertThat(stored().departments().all()).hasSize(5)
                    .filteredOn(d -> d.parent().isEmpty()).extracting(Department::id).containsExactly(world.company);
            assertThat(stored().departments().get(world.north).parent()).contains(world.sales);
        }
    }
}
