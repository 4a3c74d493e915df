package org.crmkit.persistence.internal;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Employees and departments between their rows and their snapshots. */
@Mapper(uses = ValueMappings.class)
interface OrganisationMapper {
    Employee.Snapshot toSnapshot(EmployeeRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Employee.Snapshot snapshot, @MappingTarget EmployeeRow row);

    Department.Snapshot toSnapshot(DepartmentRow row);

    // The path is derived from the parent's, by the repository.
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Department.Snapshot snapshot, @MappingTarget DepartmentRow row);
}
