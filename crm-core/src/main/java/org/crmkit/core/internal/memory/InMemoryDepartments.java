package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.shared.DepartmentId;

/** In-memory {@link Departments}. */
public final class InMemoryDepartments extends InMemoryRepository<Department, DepartmentId, Department.Snapshot>
        implements Departments {
    public InMemoryDepartments() {
        super("Department", Department::snapshot, Department::restore);
    }

    @Override
    public List<Department> all() {
        return select(d -> true, Comparator.comparing(d -> d.id().value()));
    }
}
