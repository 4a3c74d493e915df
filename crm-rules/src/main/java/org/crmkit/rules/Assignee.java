package org.crmkit.rules;

import java.util.Objects;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** Whom an {@link Effect.Assign} hands the record to. A strategy is resolved by the application (e.g. round-robin). */
public sealed interface Assignee {
    record ToEmployee(EmployeeId employee) implements Assignee {
        public ToEmployee {
            Objects.requireNonNull(employee, "employee");
        }
    }

    record ToRole(RoleName role) implements Assignee {
        public ToRole {
            Objects.requireNonNull(role, "role");
        }
    }

    record ToDepartment(DepartmentId department) implements Assignee {
        public ToDepartment {
            Objects.requireNonNull(department, "department");
        }
    }

    record ByStrategy(String strategy) implements Assignee {
        public ByStrategy {
            if (strategy == null || strategy.isBlank()) {
                throw new IllegalArgumentException("a strategy has a name");
            }
        }
    }
}
