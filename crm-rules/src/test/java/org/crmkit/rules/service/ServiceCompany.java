package org.crmkit.rules.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmBuilder;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.DomainEventListener;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.WorkingHours;

/**
 * A small company on a real in-memory Crm with a hand-moved clock: Company › Service (head Sam) › Line 1 (head
 * Hector; agents Alice, Bob), and Sales (head Sara; manager Max). Its calendar works 09:00–18:00 UTC on weekdays,
 * with Wednesday 2026-03-04 a holiday.
 */
public final class ServiceCompany {
    public static final Instant MONDAY_0900 = Instant.parse("2026-03-02T09:00:00Z");
    public static final BusinessCalendar CALENDAR = BusinessCalendar.named("svc", ZoneOffset.UTC)
            .weekdays(WorkingHours.parse("09:00-18:00"))
            .holiday(LocalDate.of(2026, 3, 4))
            .build();

    public final MutableClock clock = new MutableClock(MONDAY_0900);
    public final Repositories repositories = Repositories.inMemory();
    public final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    public final Crm crm;
    public final CrmSession system;
    public final DepartmentId company;
    public final DepartmentId service;
    public final DepartmentId line1;
    public final DepartmentId sales;
    public final EmployeeId sam;
    public final EmployeeId hector;
    public final EmployeeId alice;
    public final EmployeeId bob;
    public final EmployeeId sara;
    public final EmployeeId max;

    /** Listeners added after the Crm is built (they need its repositories), called after the event log. */
    private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

    public ServiceCompany() {
        CrmBuilder builder = Crm.builder().repositories(repositories).clock(clock).listener(events::add)
                .listener(event -> listeners.forEach(listener -> listener.on(event)));
        crm = builder.build();
        system = crm.system("test setup");
        company = system.organisation().createDepartment(CreateDepartment.root("Company"));
        service = system.organisation().createDepartment(CreateDepartment.under(company, "Service"));
        line1 = system.organisation().createDepartment(CreateDepartment.under(service, "Line 1"));
        sales = system.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        sam = hire("Sam", service, StandardRoles.HEAD_OF_SERVICE_NAME.value());
        hector = hire("Hector", line1, StandardRoles.HEAD_OF_SERVICE_NAME.value());
        alice = hire("Alice", line1, StandardRoles.SERVICE_AGENT_NAME.value());
        bob = hire("Bob", line1, StandardRoles.SERVICE_AGENT_NAME.value());
        sara = hire("Sara", sales, StandardRoles.HEAD_OF_SALES_NAME.value());
        max = hire("Max", sales, StandardRoles.SALES_MANAGER_NAME.value());
        system.organisation().appointHead(service, sam);
        system.organisation().appointHead(line1, hector);
        system.organisation().appointHead(sales, sara);
    }

    public void listen(DomainEventListener listener) {
        listeners.add(listener);
    }

    public EmployeeId hire(String name, DepartmentId department, String role) {
        return system.organisation().hire(new HireEmployee(name, null, "Testov", "employee", department, Set.of(role)));
    }

    public void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    public <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
