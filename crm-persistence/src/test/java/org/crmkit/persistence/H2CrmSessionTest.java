package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * crm-core's session flow (CrmSessionTest) on H2 through {@link PersistentCrm#crmBuilder()}: use cases run in
 * database transactions, their events land in the outbox table, and denials in the access audit table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2CrmSessionTest {
    private TestDatabases.Opened db;
    private Crm crm;
    private EmployeeId anna;
    private EmployeeId boris;

    @BeforeAll
    void open() {
        db = TestDatabases.h2();
        crm = db.storage().crmBuilder().build();
        CrmSession setup = crm.system("test setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        anna = hire(setup, "Anna", "Smirnova", sales);
        boris = hire(setup, "Boris", "Orlov", sales);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static EmployeeId hire(CrmSession setup, String first, String last, DepartmentId department) {
        return setup.organisation().hire(new HireEmployee(first, null, last, "manager", department,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
    }

    @Test
    void a_sales_manager_takes_a_client_from_onboarding_to_a_won_deal_on_h2() throws SQLException {
        CrmSession session = crm.as(anna);
        ClientId client = session.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        session.contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO").withEmail("ivan@romashka.ru")
                .withPhone("+7 916 123-45-67").preferring(ChannelType.PHONE));
        DealId deal = session.deals().open(OpenDeal.of(client, "Servers").worth("1200000", "RUB"));
        session.deals().advance(new MoveDeal(deal, "qualification"));
        session.deals().win(CloseDeal.win(deal));

        assertThat(session.deals().get(deal).status()).isEqualTo(DealStatus.WON);
        assertThat(db.storage().repositories().deals().get(deal).status()).isEqualTo(DealStatus.WON);
        var overview = session.overview().of(client, 10);
        assertThat(overview.contacts()).singleElement()
                .satisfies(c -> assertThat(c.channels()).contains("phone +79161234567", "email ivan@romashka.ru"));
        assertThat(count("SELECT COUNT(*) FROM crm_outbox WHERE aggregate_id = '" + deal.value()
                + "' AND event_type = 'DealWon' AND published = FALSE AND payload LIKE '%" + deal.value() + "%'"))
                .isEqualTo(1);
    }

    @Test
    void a_denied_read_is_audited_in_the_database_even_though_the_use_case_failed() throws SQLException {
        ClientId client = crm.as(anna).clients().onboard(OnboardClient.company("ООО Лютик", "7707083893"));
        DealId deal = crm.as(anna).deals().open(OpenDeal.of(client, "Servers"));

        assertThatThrownBy(() -> crm.as(boris).deals().get(deal)).isInstanceOf(AccessDenied.class);
        assertThat(count("SELECT COUNT(*) FROM crm_access_audit WHERE kind = 'DENIAL' AND record_id = '"
                + deal.value() + "' AND actor = '" + boris.value() + "'")).isEqualTo(1);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.storage().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
