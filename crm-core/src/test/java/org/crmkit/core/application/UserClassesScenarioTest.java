package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.ChangeClientStatus;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.clients.ReassignClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What each ready-made user class can see and do through its session, and what it cannot. Anna (sales manager,
 * north) has a client with a contact and a deal; Yulia (sales manager, south) has her own; a service agent
 * registered a claim on Anna's client.
 */
class UserClassesScenarioTest {
    private static final String PHONE = "+79161234567";
    private static final String EMAIL = "ivan@romashka.ru";

    private final SessionWorld world = new SessionWorld();
    private final ClientId annasClient = world.as(world.manager()).clients()
            .onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
    private final ContactId ivan = world.as(world.manager()).contacts().add(
            AddContact.of(annasClient, "Ivan", "Petrov", "CEO").withPhone(PHONE).withEmail(EMAIL));
    private final DealId annasDeal = world.as(world.manager()).deals()
            .open(OpenDeal.of(annasClient, "Servers").worth("1200000", "RUB"));
    private final ClientId yuliasClient = world.as(world.southManager).clients()
            .onboard(OnboardClient.company("АО Юг", "7736050003"));
    private final DealId yuliasDeal = world.as(world.southManager).deals()
            .open(OpenDeal.of(yuliasClient, "Pumps").worth("500000", "RUB"));
    private final ClaimId claim = world.as(StandardRoles.SERVICE_AGENT_NAME).claims().register(RegisterClaim.of(
            annasClient, ClaimChannel.CALL_CENTRE, "quality", Severity.HIGH, "Noisy fans", "Two servers are loud"));

    private static void unmasked(ContactView contact) {
        assertThat(contact.channels()).containsExactlyInAnyOrder("phone " + PHONE, "email " + EMAIL);
        assertThat(contact.name()).isEqualTo("Ivan Petrov");
    }

    private static void masked(ContactView contact) {
        assertThat(contact.channels()).containsExactlyInAnyOrder("phone +7 *** ***-45-67", "email i***@romashka.ru");
        assertThat(contact.name()).isEqualTo("Ivan P.");
    }

    @Test
    void an_administrator_sees_and_runs_everything() {
        CrmSession admin = world.as(StandardRoles.ADMINISTRATOR_NAME);

        unmasked(admin.contacts().get(ivan));
        assertThat(admin.deals().list(PageRequest.first(10)).items()).hasSize(2);
        admin.clients().reassign(new ReassignClient(yuliasClient, world.colleague));
        admin.organisation().createDepartment(CreateDepartment.under(world.sales, "Sales East"));
        admin.organisation().hire(new HireEmployee("Vera", null, "Novikova", "lawyer", world.company,
                Set.of("auditor")));
        assertThat(admin.clients().get(yuliasClient).owner()).isEqualTo(world.colleague);
        assertThat(admin.audit().latest(10_000)).isNotEmpty();
    }

    @Test
    void an_executive_reads_everything_with_amounts_but_masked_people_and_changes_nothing() {
        CrmSession executive = world.as(StandardRoles.EXECUTIVE_NAME);

        masked(executive.contacts().get(ivan));
        assertThat(executive.deals().get(yuliasDeal).amountShown()).isEqualTo("500000.00 RUB");
        assertThat(executive.claims().get(claim).status()).isEqualTo(ClaimStatus.REGISTERED);
        assertThatThrownBy(() -> executive.deals().advance(new MoveDeal(annasDeal, "qualification")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> executive.audit().latest(10_000)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_head_of_sales_runs_the_deals_of_the_whole_sales_tree_but_not_claims() {
        CrmSession head = world.as(StandardRoles.HEAD_OF_SALES_NAME);

        assertThat(head.deals().list(PageRequest.first(10)).items()).extracting(d -> d.id())
                .containsExactlyInAnyOrder(annasDeal, yuliasDeal);
        unmasked(head.contacts().get(ivan));
        head.deals().reassign(annasDeal, world.colleague);
        assertThat(head.deals().get(annasDeal).owner()).isEqualTo(world.colleague);
        assertThatThrownBy(() -> head.claims().get(claim)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> head.organisation().hire(new HireEmployee("Vera", null, "Novikova", "lawyer",
                world.sales, Set.of("sales-manager")))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_sales_manager_runs_their_own_records_reads_their_departments_clients_and_nothing_beyond() {
        CrmSession anna = world.as(world.manager());
        CrmSession boris = world.as(world.colleague);

        unmasked(anna.contacts().get(ivan));
        anna.deals().advance(new MoveDeal(annasDeal, "qualification"));
        assertThat(anna.deals().get(annasDeal).stage()).isEqualTo("qualification");
        assertThat(boris.clients().get(annasClient).id()).isEqualTo(annasClient);
        assertThatThrownBy(() -> boris.deals().get(annasDeal)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> anna.clients().get(yuliasClient)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> anna.deals().get(yuliasDeal)).isInstanceOf(AccessDenied.class);
        assertThat(anna.deals().list(PageRequest.first(10)).items()).extracting(d -> d.id()).containsExactly(annasDeal);
        assertThatThrownBy(() -> anna.claims().get(claim)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> anna.audit().latest(10_000)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_head_of_service_routes_claims_and_finds_any_client_but_sees_no_deals() {
        CrmSession head = world.as(StandardRoles.HEAD_OF_SERVICE_NAME);

        unmasked(head.contacts().get(ivan));
        assertThat(head.clients().get(yuliasClient).id()).isEqualTo(yuliasClient);
        head.claims().review(claim);
        head.claims().assign(claim, world.employee(StandardRoles.SERVICE_AGENT_NAME));
        assertThat(head.claims().get(claim).status()).isEqualTo(ClaimStatus.IN_PROGRESS);
        assertThatThrownBy(() -> head.deals().get(annasDeal)).isInstanceOf(AccessDenied.class);
        assertThat(head.overview().of(annasClient, 5).openDeals()).isEmpty();
    }

    @Test
    void a_service_agent_handles_their_own_claims_and_never_sees_money() {
        CrmSession agent = world.as(StandardRoles.SERVICE_AGENT_NAME);

        agent.claims().review(claim);
        assertThat(agent.claims().get(claim).status()).isEqualTo(ClaimStatus.IN_REVIEW);
        unmasked(agent.contacts().get(ivan));
        assertThat(agent.overview().of(annasClient, 5).openDeals()).isEmpty();
        assertThatThrownBy(() -> agent.deals().get(annasDeal)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agent.claims().assign(claim, world.manager())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agent.clients().activate(annasClient)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_marketer_reads_clients_and_contacts_masked_and_changes_none_of_them() {
        CrmSession marketer = world.as(StandardRoles.MARKETER_NAME);

        masked(marketer.contacts().get(ivan));
        assertThat(marketer.contacts().ofClient(annasClient)).singleElement().satisfies(UserClassesScenarioTest::masked);
        assertThat(marketer.clients().list(PageRequest.first(10)).items()).hasSize(2);
        assertThatThrownBy(() -> marketer.deals().get(annasDeal)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> marketer.clients().offboard(new ChangeClientStatus(annasClient, "no")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> marketer.contacts().add(AddContact.of(annasClient, "Olga", "Sokolova", "CFO")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_analyst_reads_every_business_record_with_amounts_and_masked_people() {
        CrmSession analyst = world.as(StandardRoles.ANALYST_NAME);

        masked(analyst.contacts().get(ivan));
        assertThat(analyst.deals().get(annasDeal).amount()).isNotNull();
        assertThat(analyst.claims().list(PageRequest.first(10)).items()).hasSize(1);
        assertThat(analyst.organisation().employees()).isNotEmpty();
        assertThatThrownBy(() -> analyst.deals().advance(new MoveDeal(annasDeal, "qualification")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> analyst.tasks().create(CreateTask.of("Report", null,
                SessionWorld.NOW.plus(Duration.ofDays(1))))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_auditor_reads_the_audit_trail_and_everything_else_masked_and_changes_nothing() {
        assertThatThrownBy(() -> world.as(world.colleague).deals().get(annasDeal)).isInstanceOf(AccessDenied.class);
        CrmSession auditor = world.as(StandardRoles.AUDITOR_NAME);
        List<Object> before = world.storedState();

        assertThat(auditor.audit().latest(10_000)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AccessAuditEntry.Kind.DENIAL);
            assertThat(e.actor()).isEqualTo(world.colleague);
        });
        masked(auditor.contacts().get(ivan));
        assertThat(auditor.deals().get(yuliasDeal).amount()).isNotNull();
        List<Runnable> writes = List.of(
                () -> auditor.deals().advance(new MoveDeal(annasDeal, "qualification")),
                () -> auditor.clients().activate(annasClient),
                () -> auditor.claims().review(claim),
                () -> auditor.clients().onboard(OnboardClient.company("ООО Новый", "7707083893")),
                () -> auditor.organisation().createDepartment(CreateDepartment.under(world.sales, "East")));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(AccessDenied.class);
        }
        assertThat(world.storedState()).isEqualTo(before);
    }
}
