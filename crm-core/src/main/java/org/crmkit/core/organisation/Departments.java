package org.crmkit.core.organisation;

import java.util.List;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.Repository;

/** Repository port for departments. */
public interface Departments extends Repository<Department, DepartmentId> {
    List<Department> all();

    @Override
    default String aggregateName() {
        return "Department";
    }
}
