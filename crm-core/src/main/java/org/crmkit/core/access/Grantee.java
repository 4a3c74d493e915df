package org.crmkit.core.access;

import java.util.Objects;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** Whom a record is shared with: one employee, or everyone whose department is the given one. */
public sealed interface Grantee {
    /** True when the actor is this grantee or works in this department. */
    boolean includes(Actor actor);

    static Grantee employee(EmployeeId id) {
        return new Person(id);
    }

    static Grantee department(DepartmentId id) {
        return new Unit(id);
    }

    /** One employee. */
    record Person(EmployeeId employee) implements Grantee {
        public Person {
            Objects.requireNonNull(employee, "employee");
        }

        @Override
        public boolean includes(Actor actor) {
            return employee.equals(actor.employee());
        }

        @Override
        public String toString() {
            return "employee " + employee;
        }
    }

    /** The members of one department (not of the departments below it). */
    record Unit(DepartmentId department) implements Grantee {
        public Unit {
            Objects.requireNonNull(department, "department");
        }

        @Override
        public boolean includes(Actor actor) {
            return department.equals(actor.department());
        }

        @Override
        public String toString() {
            return "department " + department;
        }
    }
}
