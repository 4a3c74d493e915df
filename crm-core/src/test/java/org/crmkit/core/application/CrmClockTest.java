package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.interactions.LogInteraction;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

/** "Now" in a command's constraints (@PastOrPresent) is the CRM's clock, not the machine's. */
class CrmClockTest {

    private static CrmSession salesManagerOf(Crm crm) {
        CrmSession setup = crm.system("test setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        EmployeeId anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova", "manager", company,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
        return crm.as(anna);
    }

    @Test
    void an_interaction_that_happened_by_the_crms_clock_is_accepted_even_if_the_machine_clock_is_behind() {
        Instant crmNow = Instant.parse("2199-03-02T10:00:00Z");
        CrmSession anna = salesManagerOf(Crm.builder().clock(Clock.fixed(crmNow, ZoneOffset.UTC)).build());
        ClientId client = anna.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));

        var id = anna.interactions().log(LogInteraction.of(client, InteractionKind.CALL, InteractionChannel.CALL_CENTRE,
                Direction.INBOUND, crmNow.minusSeconds(600), "asked for a price list"));

        assertThat(anna.interactions().get(id).occurredAt()).isEqualTo(crmNow.minusSeconds(600));
    }

    @Test
    void an_interaction_after_the_crms_now_is_rejected_by_the_command_even_if_the_machine_clock_is_ahead() {
        Instant crmNow = Instant.parse("2001-03-02T10:00:00Z");
        CrmSession anna = salesManagerOf(Crm.builder().clock(Clock.fixed(crmNow, ZoneOffset.UTC)).build());
        ClientId client = anna.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));

        assertThatThrownBy(() -> anna.interactions().log(LogInteraction.of(client, InteractionKind.CALL,
                InteractionChannel.CALL_CENTRE, Direction.INBOUND, crmNow.plusSeconds(600), "from the future")))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("occurredAt", "PastOrPresent")));
    }
}
