package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.CloseDeal;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

class CrmSessionTest {
    private final Crm crm = Crm.inMemory();
    private final CrmSession setup = crm.system("test setup");
    private final DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
    private final DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
    private final EmployeeId anna = hire("Anna", "Smirnova", sales, StandardRoles.SALES_MANAGER_NAME.value());
    private final EmployeeId boris = hire("Boris", "Orlov", sales, StandardRoles.SALES_MANAGER_NAME.value());
    private final EmployeeId mira = hire("Mira", "Kats", company, StandardRoles.MARKETER_NAME.value());

    private EmployeeId hire(String first, String last, DepartmentId department, String role) {
        return setup.organisation().hire(new HireEmployee(first, null, last, "manager", department, Set.of(role)));
    }

    @Test
    void a_sales_manager_takes_a_client_from_onboarding_to_a_won_deal() {
        CrmSession session = crm.as(anna);
        ClientId client = session.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        session.contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO").withEmail("ivan@romashka.ru")
                .withPhone("+7 916 123-45-67").preferring(ChannelType.PHONE));
        DealId deal = session.deals().open(OpenDeal.of(client, "Servers").worth("1200000", "RUB"));
        session.deals().advance(new MoveDeal(deal, "qualification"));
        session.deals().win(CloseDeal.win(deal));

        assertThat(session.deals().get(deal).status()).isEqualTo(DealStatus.WON);
        var overview = session.overview().of(client, 10);
        assertThat(overview.contacts()).singleElement()
                .satisfies(c -> assertThat(c.channels()).contains("phone +79161234567", "email ivan@romashka.ru"));
    }

    @Test
    void a_sales_manager_cannot_read_a_colleagues_deal() {
        ClientId client = crm.as(anna).clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        DealId deal = crm.as(anna).deals().open(OpenDeal.of(client, "Servers"));

        assertThatThrownBy(() -> crm.as(boris).deals().get(deal))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("deal.read");
    }

    @Test
    void a_marketer_sees_contact_channels_masked() {
        ClientId client = crm.as(anna).clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        crm.as(anna).contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO").withEmail("ivan@romashka.ru")
                .withPhone("+7 916 123-45-67"));

        var contacts = crm.as(mira).contacts().ofClient(client);
        assertThat(contacts).singleElement()
                .satisfies(c -> assertThat(c.channels()).containsExactlyInAnyOrder("email i***@romashka.ru",
                        "phone +7 *** ***-45-67"));
    }

    @Test
    void a_rejected_command_names_every_problem() {
        assertThatThrownBy(() -> crm.as(anna).clients().onboard(
                new OnboardClient(null, null, null, null, null, null, "123", "x", null, null, Set.of(), null, null)))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).contains("kind", "inn", "kpp"));
    }

    @Test
    void an_import_in_a_system_context_gives_contacts_and_deals_to_the_clients_owner() {
        CrmSession job = crm.system("import from the old CRM");
        ClientId client = job.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893").withOwner(anna));
        job.contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO"));
        DealId deal = job.deals().open(OpenDeal.of(client, "Servers"));

        assertThat(crm.as(anna).deals().get(deal).owner()).isEqualTo(anna);
        assertThat(crm.as(anna).contacts().ofClient(client)).singleElement()
                .satisfies(c -> assertThat(c.owner()).isEqualTo(anna));
    }

    @Test
    void an_import_must_name_the_owner_of_a_client() {
        assertThatThrownBy(() -> crm.system("import").clients().onboard(OnboardClient.company("ООО Ромашка", null)))
                .isInstanceOfSatisfying(CommandRejected.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("owner"));
    }
}
