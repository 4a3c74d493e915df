package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;

/**
 * Names of employees and departments and each department's office, read once per KPI query from the two small
 * organisation tables; the same labels as the in-memory adapter gives.
 */
final class KpiNames {
    static final String HEAD_OFFICE = "(head office)";

    private final Map<UUID, String> employees = new HashMap<>();
    private final Map<UUID, String> departmentNames = new HashMap<>();
    private final Map<UUID, UUID> parents = new HashMap<>();

    KpiNames(Connection c) {
        new KpiSql().append("SELECT id, first_name, middle_name, last_name FROM crm_employees").forEach(c, rs ->
                employees.put(ScopedFilterSql.uuid(rs.getObject(1)),
                        new PersonName(rs.getString(2), rs.getString(3), rs.getString(4)).full()));
        new KpiSql().append("SELECT id, name, parent_id FROM crm_departments").forEach(c, rs -> {
            UUID id = ScopedFilterSql.uuid(rs.getObject(1));
            departmentNames.put(id, rs.getString(2));
            Object parent = rs.getObject(3);
            parents.put(id, parent == null ? null : ScopedFilterSql.uuid(parent));
        });
    }

    String employee(UUID id) {
        EmployeeId employee = new EmployeeId(id);
        return employee.isSystem() ? "(system)" : employees.getOrDefault(id, employee.toString());
    }

    String department(UUID id) {
        String name = departmentNames.get(id);
        return name == null ? new org.crmkit.core.shared.DepartmentId(id).toString() : name;
    }

    /** The ancestor directly below the root; the root itself (or an unknown department) is the head office. */
    String office(UUID id) {
        if (!departmentNames.containsKey(id) || parents.get(id) == null) {
            return HEAD_OFFICE;
        }
        UUID current = id;
        while (true) {
            UUID parent = parents.get(current);
            if (parent == null || !departmentNames.containsKey(parent) || parents.get(parent) == null) {
                return departmentNames.get(current);
            }
            current = parent;
        }
    }
}
