package org.crmkit.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.internal.memory.InMemoryAccessAudit;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;

/**
 * The application tests' own small company (crm-core's tests cannot use crm-testkit, which depends on crm-core):
 * company → sales → (north, south), service, marketing; one employee per standard role, a second sales manager
 * in north, one in south, and one employee without any role. The clock stands still at {@link #NOW}; events
 * heard by a listener, the outbox and the access audit are kept for inspection.
 */
final class SessionWorld {
    static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    final List<DomainEvent> heard = new ArrayList<>();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryAccessAudit audit = new InMemoryAccessAudit();
    final Repositories repositories = Repositories.inMemory();
    final Crm crm;
    final CrmSession system;
    final DepartmentId company;
    final DepartmentId sales;
    final DepartmentId north;
    final DepartmentId south;
    final DepartmentId service;
    final DepartmentId marketing;
    final Map<RoleName, EmployeeId> byRole = new LinkedHashMap<>();
    final EmployeeId colleague;
    final EmployeeId southManager;
    final EmployeeId nobody;

    SessionWorld() {
        crm = Crm.builder().repositories(repositories).clock(Clock.fixed(NOW, ZoneOffset.UTC)).outbox(outbox)
                .accessAudit(audit).listener(heard::add).build();
        system = crm.system("test set-up");
        company = system.organisation().createDepartment(CreateDepartment.root("Company"));
        sales = system.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        north = system.organisation().createDepartment(CreateDepartment.under(sales, "Sales North"));
        south = system.organisation().createDepartment(CreateDepartment.under(sales, "Sales South"));
        service = system.organisation().createDepartment(CreateDepartment.under(company, "Service"));
        marketing = system.organisation().createDepartment(CreateDepartment.under(company, "Marketing"));
        staff(StandardRoles.ADMINISTRATOR_NAME, company);
        staff(StandardRoles.EXECUTIVE_NAME, company);
        staff(StandardRoles.HEAD_OF_SALES_NAME, sales);
        staff(StandardRoles.SALES_MANAGER_NAME, north);
        staff(StandardRoles.HEAD_OF_SERVICE_NAME, service);
        staff(StandardRoles.SERVICE_AGENT_NAME, service);
        staff(StandardRoles.MARKETER_NAME, marketing);
        staff(StandardRoles.ANALYST_NAME, company);
        staff(StandardRoles.AUDITOR_NAME, company);
        colleague = hire("Boris", "Orlov", north, StandardRoles.SALES_MANAGER_NAME);
        southManager = hire("Yulia", "Yuzhnaya", south, StandardRoles.SALES_MANAGER_NAME);
        nobody = hire("Nikita", "Bezrolev", north);
    }

    private void staff(RoleName role, DepartmentId department) {
        byRole.put(role, hire(role.value().substring(0, 1).toUpperCase() + role.value().substring(1).replace("-", ""),
                "Testov", department, role));
    }

    EmployeeId hire(String first, String last, DepartmentId department, RoleName... roles) {
        Set<String> names = Arrays.stream(roles).map(RoleName::value).collect(Collectors.toSet());
        return system.organisation().hire(new HireEmployee(first, null, last, "staff", department, names));
    }

    EmployeeId employee(RoleName role) {
        return byRole.get(role);
    }

    CrmSession as(RoleName role) {
        return crm.as(employee(role));
    }

    CrmSession as(EmployeeId employee) {
        return crm.as(employee);
    }

    EmployeeId manager() {
        return employee(StandardRoles.SALES_MANAGER_NAME);
    }

    /** The full stored state: every aggregate's snapshot with its version, in a stable order. */
    List<Object> storedState() {
        List<Object> state = new ArrayList<>();
        repositories.clients().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        repositories.contacts().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        repositories.deals().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        repositories.claims().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        repositories.tasks().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        repositories.employees().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        repositories.departments().all().forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        for (var client : repositories.clients().all()) {
            repositories.interactions().timelineOf(client.id(), null, 500).items()
                    .forEach(a -> state.add(List.of(a.snapshot(), a.version())));
        }
        state.add(outbox.events().size());
        return state;
    }
}
