package org.crmkit.core.analytics;

import java.util.List;

/**
 * Execution and staff KPIs: one scorecard per employee and per department that has any counted record, sorted
 * by revenue, then by name. The department rows are sums of the records of that department (not of its sub-
 * departments), so the employee rows and the department rows each add up to the whole.
 */
public record StaffKpis(List<Scorecard> employees, List<Scorecard> departments) {
    public StaffKpis {
        employees = List.copyOf(employees);
        departments = List.copyOf(departments);
    }
}
