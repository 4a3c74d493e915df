package org.crmkit.core.application.organisation;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** What a session sees of a department. */
public record DepartmentView(DepartmentId id, String name, DepartmentId parent, EmployeeId head) {
    static DepartmentView of(Department d) {
        return new DepartmentView(d.id(), d.name(), d.parent().orElse(null), d.head().orElse(null));
    }
}
