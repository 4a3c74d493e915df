package org.crmkit.examples.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * The company of the demo: its departments (company → sales → sales-north, sales-south; service; marketing)
 * and its staff, one or more people for each standard user class. Seeded in an audited system context, the
 * way an installation would load its structure.
 */
record DemoCompany(DepartmentId salesNorth, DepartmentId salesSouth, DepartmentId service,
                   EmployeeId administrator, EmployeeId executive, EmployeeId headOfSales,
                   List<EmployeeId> salesManagers, EmployeeId headOfService, List<EmployeeId> serviceAgents,
                   EmployeeId marketer, EmployeeId analyst, EmployeeId auditor, Map<EmployeeId, String> names) {

    static DemoCompany seed(Crm crm) {
        Hiring hr = new Hiring(crm.system("demo: loading the company structure"));
        DepartmentId company = hr.department(CreateDepartment.root("Vostok Trading"));
        DepartmentId sales = hr.department(CreateDepartment.under(company, "Sales"));
        DepartmentId north = hr.department(CreateDepartment.under(sales, "Sales North"));
        DepartmentId south = hr.department(CreateDepartment.under(sales, "Sales South"));
        DepartmentId service = hr.department(CreateDepartment.under(company, "Service"));
        DepartmentId marketing = hr.department(CreateDepartment.under(company, "Marketing"));

        EmployeeId headOfSales = hr.hire("Pavel", "Sokolov", "Head of sales", sales, StandardRoles.HEAD_OF_SALES_NAME);
        EmployeeId headOfService = hr.hire("Elena", "Morozova", "Head of service", service,
                StandardRoles.HEAD_OF_SERVICE_NAME);
        hr.session.organisation().appointHead(sales, headOfSales);
        hr.session.organisation().appointHead(service, headOfService);
        return new DemoCompany(north, south, service,
                hr.hire("Olga", "Kuznetsova", "System administrator", company, StandardRoles.ADMINISTRATOR_NAME),
                hr.hire("Igor", "Volkov", "Managing director", company, StandardRoles.EXECUTIVE_NAME),
                headOfSales,
                List.of(hr.hire("Anna", "Smirnova", "Sales manager", north, StandardRoles.SALES_MANAGER_NAME),
                        hr.hire("Boris", "Orlov", "Sales manager", north, StandardRoles.SALES_MANAGER_NAME),
                        hr.hire("Vera", "Lebedeva", "Sales manager", south, StandardRoles.SALES_MANAGER_NAME),
                        hr.hire("Gleb", "Novikov", "Sales manager", south, StandardRoles.SALES_MANAGER_NAME)),
                headOfService,
                List.of(hr.hire("Dmitry", "Fedorov", "Service agent", service, StandardRoles.SERVICE_AGENT_NAME),
                        hr.hire("Zoya", "Pavlova", "Service agent", service, StandardRoles.SERVICE_AGENT_NAME)),
                hr.hire("Mira", "Katz", "Marketer", marketing, StandardRoles.MARKETER_NAME),
                hr.hire("Lev", "Zaitsev", "Analyst", company, StandardRoles.ANALYST_NAME),
                hr.hire("Nina", "Belova", "Internal auditor", company, StandardRoles.AUDITOR_NAME),
                Map.copyOf(hr.names));
    }

    /**
     * The company as an earlier run stored it, found by the names the seed gives (they are unique in it): what a
     * later run of the demo on the same database needs to name people and read as them.
     */
    static DemoCompany stored(Repositories repositories) {
        Map<String, EmployeeId> byName = new LinkedHashMap<>();
        Map<EmployeeId, String> names = new LinkedHashMap<>();
        for (Employee e : repositories.employees().all()) {
            String name = e.snapshot().name().first() + " " + e.snapshot().name().last();
            byName.put(name, e.id());
            names.put(e.id(), name);
        }
        Map<String, DepartmentId> departments = new LinkedHashMap<>();
        repositories.departments().all().forEach(d -> departments.put(d.name(), d.id()));
        return new DemoCompany(departments.get("Sales North"), departments.get("Sales South"),
                departments.get("Service"), byName.get("Olga Kuznetsova"), byName.get("Igor Volkov"),
                byName.get("Pavel Sokolov"), List.of(byName.get("Anna Smirnova"), byName.get("Boris Orlov"),
                        byName.get("Vera Lebedeva"), byName.get("Gleb Novikov")), byName.get("Elena Morozova"),
                List.of(byName.get("Dmitry Fedorov"), byName.get("Zoya Pavlova")), byName.get("Mira Katz"),
                byName.get("Lev Zaitsev"), byName.get("Nina Belova"), Map.copyOf(names));
    }

    /** The first two sales managers work in the same department (Sales North): colleagues. */
    EmployeeId anna() {
        return salesManagers.get(0);
    }

    EmployeeId boris() {
        return salesManagers.get(1);
    }

    String nameOf(EmployeeId id) {
        return id == null ? "-" : names.getOrDefault(id, EmployeeId.SYSTEM.equals(id) ? "system" : "?");
    }

    /** Hires through the organisation use cases, remembering names for the report. */
    private static final class Hiring {
        private final CrmSession session;
        private final Map<EmployeeId, String> names = new LinkedHashMap<>();

        Hiring(CrmSession session) {
            this.session = session;
        }

        DepartmentId department(CreateDepartment command) {
            return session.organisation().createDepartment(command);
        }

        EmployeeId hire(String first, String last, String position, DepartmentId department, RoleName role) {
            EmployeeId id = session.organisation().hire(
                    new HireEmployee(first, null, last, position, department, Set.of(role.value())));
            names.put(id, first + " " + last);
            return id;
        }
    }
}
