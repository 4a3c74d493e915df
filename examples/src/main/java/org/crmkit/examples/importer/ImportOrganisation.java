package org.crmkit.examples.importer;

import java.util.Set;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;

/** Finds or creates the departments and employees an import needs, through the mapping table. */
final class ImportOrganisation {
    private final ImportStore store;
    private final boolean dryRun;

    ImportOrganisation(ImportStore store, boolean dryRun) {
        this.store = store;
        this.dryRun = dryRun;
    }

    /** The company's one root department, created as "Company" when there is none yet. */
    DepartmentId root() {
        return store.repositories().departments().all().stream().filter(d -> d.parent().isEmpty())
                .map(Department::id).findFirst().orElseGet(() -> {
                    DepartmentId id = DepartmentId.newId();
                    if (!dryRun) {
                        store.repositories().departments().save(Department.root(id, "Company"));
                    }
                    return id;
                });
    }

    DepartmentId department(String system, String key, String name, DepartmentId parent, ImportReport.FileCounts counts) {
        return store.ids().find(system, "department", key).map(DepartmentId::new).orElseGet(() -> {
            DepartmentId id = DepartmentId.newId();
            if (!dryRun) {
                store.repositories().departments().save(Department.under(id, name, parent));
                store.ids().put(system, "department", key, id.value());
            }
            counts.created++;
            return id;
        });
    }

    EmployeeId employee(String system, String key, String fullName, String position, DepartmentId department,
                        RoleName role, ImportReport.FileCounts counts) {
        return store.ids().find(system, "employee", key).map(EmployeeId::new).orElseGet(() -> {
            EmployeeId id = EmployeeId.newId();
            if (!dryRun) {
                store.repositories().employees().save(Employee.hire(id, name(fullName), position, department,
                        Set.of(role)));
                store.ids().put(system, "employee", key, id.value());
            }
            counts.created++;
            return id;
        });
    }

    /** "Moses Frase" → Moses / Frase; a single word is both first and last name. */
    static PersonName name(String full) {
        String s = full.strip();
        int space = s.lastIndexOf(' ');
        return space < 0 ? PersonName.of(s, s) : PersonName.of(s.substring(0, space), s.substring(space + 1));
    }
}
