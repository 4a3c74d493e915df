package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

class EventPublishingTest {
    record SlaNotice(UUID aggregateId, EmployeeId actor, Instant occurredAt) implements DomainEvent {
    }

    private final List<DomainEvent> heard = new ArrayList<>();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Crm crm = Crm.builder().outbox(outbox).listener(heard::add).build();

    @Test
    void a_system_context_publishes_an_event_to_the_outbox_and_the_listeners() {
        SlaNotice notice = new SlaNotice(UUID.randomUUID(), EmployeeId.SYSTEM, Instant.parse("2026-03-02T10:00:00Z"));

        crm.system("SLA sweep").publish(notice);

        assertThat(heard).containsExactly(notice);
        assertThat(outbox.events()).containsExactly(notice);
    }

    @Test
    void an_employee_session_cannot_publish_events() {
        CrmSession setup = crm.system("setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        EmployeeId anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova", "manager", company,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
        heard.clear();

        assertThatThrownBy(() -> crm.as(anna).publish(new SlaNotice(UUID.randomUUID(), anna, Instant.now())))
                .isInstanceOf(AccessDenied.class);
        assertThat(heard).isEmpty();
    }
}
