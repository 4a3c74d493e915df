package org.crmkit.rules.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * Who answers for a claim at each escalation level: level 1 is the first rung above the assignee, level 2 the
 * next, and so on. A company configures the rungs; the usual ladder is {@code headOfAssigneesDepartment()} then
 * {@code headOf(service)}. A rung that finds nobody (no head appointed, the head has left) falls through to the
 * next higher rung that does, so an escalation never lands on nobody while someone above is there.
 */
public final class EscalationLadder {

    /** One rung: whom it names for a claim, if anyone. */
    @FunctionalInterface
    public interface Rung {
        Optional<EmployeeId> who(Claim claim, Departments departments, Employees employees);
    }

    private final List<Rung> rungs;

    private EscalationLadder(List<Rung> rungs) {
        this.rungs = List.copyOf(rungs);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int height() {
        return rungs.size();
    }

    /**
     * The active employee who answers at {@code level} (1-based), falling through to higher rungs; empty when
     * the level is 0, or no rung from it up names an active employee.
     */
    public Optional<EmployeeId> at(int level, Claim claim, Departments departments, Employees employees) {
        for (int rung = Math.max(level, 1); rung <= rungs.size() && level > 0; rung++) {
            Optional<EmployeeId> who = rungs.get(rung - 1).who(claim, departments, employees)
                    .filter(id -> employees.find(id).map(Employee::isActive).orElse(false));
            if (who.isPresent()) {
                return who;
            }
        }
        return Optional.empty();
    }

    /** The head of the department the claim is in; if that is the assignee, the head of the department above. */
    public static Rung headOfAssigneesDepartment() {
        return (claim, departments, employees) -> {
            Optional<Department> department = departments.find(claim.department());
            while (department.isPresent()) {
                Optional<EmployeeId> head = department.get().head();
                if (head.isPresent() && !head.equals(claim.assignee())) {
                    return head;
                }
                department = department.get().parent().flatMap(departments::find);
            }
            return Optional.empty();
        };
    }

    /** The head of a fixed department, e.g. the head of the service department. */
    public static Rung headOf(DepartmentId department) {
        Objects.requireNonNull(department, "department");
        return (claim, departments, employees) -> departments.find(department).flatMap(Department::head);
    }

    /** A named employee, e.g. the quality director. */
    public static Rung employee(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return (claim, departments, employees) -> Optional.of(employee);
    }

    /** Collects the rungs from level 1 up. */
    public static final class Builder {
        private final List<Rung> rungs = new ArrayList<>();

        public Builder then(Rung rung) {
            rungs.add(Objects.requireNonNull(rung, "rung"));
            return this;
        }

        public EscalationLadder build() {
            return new EscalationLadder(rungs);
        }
    }
}
