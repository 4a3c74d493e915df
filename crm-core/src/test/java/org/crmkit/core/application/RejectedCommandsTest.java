package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.CloseDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.deal.DealAlreadyClosed;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.task.Priority;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a typed error naming every problem in English and Russian and leaves stored data exactly as it
 * was; a system context leaves an audit entry with its reason for each thing it does.
 */
class RejectedCommandsTest {
    private final SessionWorld world = new SessionWorld();
    private final CrmSession anna = world.as(world.manager());
    private final ClientId client = anna.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));

    @Test
    void a_rejected_onboarding_names_every_problem_in_english_and_russian_and_stores_nothing() {
        List<Object> before = world.storedState();
        int heard = world.heard.size();

        CommandRejected rejected = catchThrowableOfType(CommandRejected.class, () -> anna.clients().onboard(
                new OnboardClient(ClientKind.COMPANY, null, " ", null, null, null, "7707083894", "12", "123",
                        null, Set.of(" "), null, null)));

        assertThat(rejected.command()).isEqualTo("OnboardClient");
        assertThat(rejected.violations()).extracting(Violation::path)
                .contains("legalName", "inn", "kpp", "ogrn").anyMatch(path -> path.startsWith("tags"));
        assertThat(rejected.violations()).allSatisfy(v -> {
            assertThat(v.messageEn()).isNotBlank();
            assertThat(v.messageRu()).isNotBlank().matches("(?s).*\\p{IsCyrillic}.*");
        });
        assertThat(rejected.messageRu()).contains("отклонена");
        assertThat(world.storedState()).isEqualTo(before);
        assertThat(world.heard).hasSize(heard);
    }

    @Test
    void a_contact_with_a_bad_phone_and_email_is_rejected_with_both_and_stores_nothing() {
        List<Object> before = world.storedState();

        CommandRejected rejected = catchThrowableOfType(CommandRejected.class, () -> anna.contacts().add(
                AddContact.of(client, "", "Petrov", "CEO").withEmail("not an email").withPhone("12")
                        .preferring(ChannelType.EMAIL)));

        assertThat(rejected.violations()).extracting(Violation::path).contains("firstName", "email", "phone");
        assertThat(world.storedState()).isEqualTo(before);
    }

    @Test
    void a_command_the_aggregate_refuses_midway_leaves_the_deal_as_it_was() {
        DealId deal = anna.deals().open(OpenDeal.of(client, "Servers").worth("1000", "RUB"));
        anna.deals().win(CloseDeal.win(deal));
        List<Object> before = world.storedState();

        assertThatThrownBy(() -> anna.deals().lose(CloseDeal.lose(deal, "changed their mind")))
                .isInstanceOf(DealAlreadyClosed.class);
        assertThat(world.storedState()).isEqualTo(before);
    }

    @Test
    void a_task_whose_route_names_nobody_is_rejected_at_the_step() {
        List<Object> before = world.storedState();

        CommandRejected rejected = catchThrowableOfType(CommandRejected.class, () -> anna.tasks().create(
                new CreateTask("", null, null, null, Priority.NORMAL, null, null, null,
                        List.of(new CreateTask.RouteStepInput("", null, null)))));

        assertThat(rejected.violations()).extracting(Violation::path)
                .contains("title", "route[0].name", "route[0].responsible");
        assertThat(world.storedState()).isEqualTo(before);
    }

    @Test
    void an_unknown_currency_is_a_rejected_command_not_a_bare_exception() {
        List<Object> before = world.storedState();

        assertThatThrownBy(() -> anna.deals().open(new OpenDeal(client, "Servers", null, new BigDecimal("10"), "XYZ",
                null))).isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.violations())
                .extracting(Violation::path).contains("currency"));
        assertThat(world.storedState()).isEqualTo(before);
    }

    @Test
    void every_failure_of_a_use_case_is_a_domain_exception_with_a_russian_message() {
        assertThatThrownBy(() -> anna.deals().open(OpenDeal.of(client, "Servers").inPipeline("no-such-pipeline")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageRu()).isNotBlank());
        assertThat(world.repositories.deals().all()).isEmpty();
    }

    @Test
    void the_system_context_is_audited_with_its_reason_for_each_action() {
        CrmSession job = world.crm.system("nightly ERP import");
        int entriesBefore = world.audit.entries().size();

        ClientId imported = job.clients().onboard(OnboardClient.company("АО Вектор", "7736050003")
                .withExternalId("erp", "C-77").withOwner(world.manager()));
        job.clients().get(imported);

        List<AccessAuditEntry> entries = world.audit.entries().subList(entriesBefore, world.audit.entries().size());
        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AccessAuditEntry.Kind.SYSTEM_CONTEXT);
            assertThat(e.note()).isEqualTo("nightly ERP import");
        });
        assertThat(entries).extracting(e -> e.permission().toString()).contains("client.create", "client.read");
        assertThat(entries).anyMatch(e -> imported.value().equals(e.recordId()));
        assertThatThrownBy(() -> world.crm.system(" ")).isInstanceOf(Crm.SystemContextNeedsReason.class);
    }

    @Test
    void a_system_job_must_name_the_owner_of_a_client_it_onboards() {
        List<Object> before = world.storedState();

        assertThatThrownBy(() -> world.crm.system("import").clients().onboard(
                OnboardClient.company("АО Вектор", "7736050003")))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("owner"));
        assertThat(world.storedState()).isEqualTo(before);
    }

    @Test
    void a_denial_is_audited_with_its_explanation() {
        int before = world.audit.entries(AccessAuditEntry.Kind.DENIAL).size();

        assertThatThrownBy(() -> world.as(StandardRoles.MARKETER_NAME).clients().activate(client));

        assertThat(world.audit.entries(AccessAuditEntry.Kind.DENIAL)).hasSize(before + 1).last()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(world.employee(StandardRoles.MARKETER_NAME));
                    assertThat(e.recordId()).isEqualTo(client.value());
                    assertThat(e.decision().denied()).isTrue();
                });
    }
}
