package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.ChangeClientStatus;
import org.crmkit.core.application.clients.ExternalKey;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.clients.ReassignClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.contacts.RecordConsent;
import org.crmkit.core.application.deals.CloseDeal;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.interactions.LogInteraction;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.task.TaskId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public method of every use-case group a {@link CrmSession} offers, called by an employee who holds no
 * role, with arguments that name real records (made in a system context), must end in {@link AccessDenied} and
 * change nothing. The methods are found by reflection, so a use case added tomorrow without its access check
 * fails this test. The few that legitimately need no permission are listed in {@link #NEEDS_NO_PERMISSION} with
 * the reason.
 */
class EveryUseCaseChecksAccessTest {
    /** method key ("clients.list") → why it needs no permission of its own. */
    private static final Map<String, String> NEEDS_NO_PERMISSION = Map.of(
            "clients.list", "a list reads through the session's filter: without roles it is empty",
            "deals.list", "a list reads through the session's filter: without roles it is empty",
            "deals.ofClient", "a list reads through the session's filter: without roles it is empty",
            "claims.list", "a list reads through the session's filter: without roles it is empty",
            "claims.ofClient", "a list reads through the session's filter: without roles it is empty",
            "tasks.list", "a list reads through the session's filter: without roles it is empty",
            "tasks.ofClient", "a list reads through the session's filter: without roles it is empty",
            "contacts.ofClient", "a list reads through the session's filter: without roles it is empty",
            "organisation.employees", "a list reads through the session's filter: without roles it is empty",
            "organisation.departments", "a list reads through the session's filter: without roles it is empty");
    /** Answers about the asker's own rights only, which everyone may ask. */
    private static final Set<String> ANSWERS_FOR_ITSELF = Set.of("audit.whyNot");

    private final SessionWorld world = new SessionWorld();
    private final Map<Class<?>, Object> arguments = new HashMap<>();

    EveryUseCaseChecksAccessTest() {
        CrmSession system = world.system;
        ClientId client = world.as(world.manager()).clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        ContactId contact = world.as(world.manager()).contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO")
                .withPhone("+7 916 123-45-67"));
        DealId deal = world.as(world.manager()).deals().open(OpenDeal.of(client, "Servers").worth("1000", "RUB"));
        ClaimId claim = system.claims().register(RegisterClaim.of(client, ClaimChannel.EMAIL, "delivery",
                Severity.HIGH, "Broken", "The pump is cracked"));
        TaskId task = world.as(world.manager()).tasks().create(CreateTask.of("Call back", world.manager(),
                SessionWorld.NOW.plus(Duration.ofDays(1))));
        InteractionId interaction = world.as(world.manager()).interactions().log(LogInteraction.of(client,
                InteractionKind.CALL, InteractionChannel.PHONE, Direction.INBOUND, SessionWorld.NOW, "Called"));
        EmployeeId colleague = world.colleague;

        arguments.put(ClientId.class, client);
        arguments.put(ContactId.class, contact);
        arguments.put(DealId.class, deal);
        arguments.put(ClaimId.class, claim);
        arguments.put(TaskId.class, task);
        arguments.put(InteractionId.class, interaction);
        arguments.put(EmployeeId.class, colleague);
        arguments.put(DepartmentId.class, world.south);
        arguments.put(RoleName.class, StandardRoles.SALES_MANAGER_NAME);
        arguments.put(String.class, "because the customer asked");
        arguments.put(int.class, 5);
        arguments.put(Instant.class, SessionWorld.NOW.plus(Duration.ofDays(2)));
        arguments.put(Money.class, Money.of(new BigDecimal("500"), java.util.Currency.getInstance("RUB")));
        arguments.put(PageRequest.class, PageRequest.first(50));
        arguments.put(DealContactRole.class, DealContactRole.DECISION_MAKER);
        arguments.put(ExternalKey.class, new ExternalKey("erp", "C-1"));
        arguments.put(Permission.class, Permission.of(Resource.DEAL, Action.READ));
        arguments.put(java.util.UUID.class, deal.value());
        arguments.put(Resource.class, Resource.DEAL);
        arguments.put(org.crmkit.core.task.Priority.class, org.crmkit.core.task.Priority.URGENT);
        arguments.put(Action.class, Action.READ);
        arguments.put(org.crmkit.core.access.Grantee.class, org.crmkit.core.access.Grantee.employee(colleague));
        arguments.put(ProtectedRecord.class, ProtectedRecords.of(world.repositories.deals().get(deal)));
        // Valid commands about the real records: the only thing wrong with each call is who makes it.
        arguments.put(OnboardClient.class, OnboardClient.company("АО Вектор", "7736050003"));
        arguments.put(ChangeClientStatus.class, new ChangeClientStatus(client, "the contract ended"));
        arguments.put(ReassignClient.class, new ReassignClient(client, colleague));
        arguments.put(AddContact.class, AddContact.of(client, "Olga", "Sokolova", "CFO"));
        arguments.put(RecordConsent.class, new RecordConsent(contact, ConsentPurpose.MARKETING, "web form"));
        arguments.put(OpenDeal.class, OpenDeal.of(client, "Pumps"));
        arguments.put(MoveDeal.class, new MoveDeal(deal, "qualification"));
        arguments.put(CloseDeal.class, CloseDeal.lose(deal, "too expensive"));
        arguments.put(RegisterClaim.class, RegisterClaim.of(client, ClaimChannel.SHOP, "quality", Severity.LOW,
                "Scratched", "The case is scratched"));
        arguments.put(CreateTask.class, CreateTask.of("Prepare offer", null, null));
        arguments.put(LogInteraction.class, LogInteraction.of(client, InteractionKind.NOTE, InteractionChannel.WEB,
                Direction.INTERNAL, SessionWorld.NOW, "Note"));
        arguments.put(CreateDepartment.class, CreateDepartment.under(world.sales, "Sales East"));
        arguments.put(HireEmployee.class, new HireEmployee("Vera", null, "Novikova", "lawyer", world.company,
                Set.of("sales-manager")));
    }

    /** Every use-case group of a session with its public methods, ordered by name for a readable report. */
    private static List<Map.Entry<String, Method>> useCases() {
        List<Map.Entry<String, Method>> found = new ArrayList<>();
        for (Method group : CrmSession.class.getMethods()) {
            if (!group.getReturnType().getSimpleName().endsWith("UseCases") || group.getParameterCount() != 0) {
                continue;
            }
            for (Method m : group.getReturnType().getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                    found.add(Map.entry(group.getName() + "." + m.getName(), m));
                }
            }
        }
        found.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        return found;
    }

    @TestFactory
    Stream<DynamicTest> an_employee_without_roles_is_denied_every_use_case_and_changes_nothing() {
        return useCases().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey() + signature(entry.getValue()),
                () -> callAsNobody(entry.getKey(), entry.getValue())));
    }

    private void callAsNobody(String key, Method method) throws Exception {
        CrmSession nobody = world.as(world.nobody);
        Object group = CrmSession.class.getMethod(key.substring(0, key.indexOf('.'))).invoke(nobody);
        Object[] args = argumentsFor(method);
        List<Object> before = world.storedState();
        int heard = world.heard.size();

        Object result = null;
        Throwable thrown = null;
        try {
            result = method.invoke(group, args);
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        }

        if (NEEDS_NO_PERMISSION.containsKey(key)) {
            assertThat(thrown).as(key + " should answer, not throw").isNull();
            assertThat(items(result)).as(key + ": " + NEEDS_NO_PERMISSION.get(key)).isEmpty();
        } else if (ANSWERS_FOR_ITSELF.contains(key)) {
            assertThat(thrown).as(key).isNull();
        } else {
            assertThat(thrown).as(key + " must check access").isInstanceOf(AccessDenied.class);
        }
        assertThat(world.storedState()).as(key + " changed stored data").isEqualTo(before);
        assertThat(world.heard).as(key + " published events").hasSize(heard);
    }

    @Test
    void the_list_of_methods_that_need_no_permission_names_only_existing_methods() {
        List<String> keys = useCases().stream().map(Map.Entry::getKey).toList();

        assertThat(keys).containsAll(NEEDS_NO_PERMISSION.keySet()).containsAll(ANSWERS_FOR_ITSELF);
        // Sanity: the reflection really found the use cases (a rename of the groups must not empty this test).
        assertThat(keys).contains("clients.onboard", "deals.win", "claims.escalate", "tasks.delegate",
                "interactions.log", "overview.of", "audit.latest", "organisation.hire").hasSizeGreaterThan(60);
    }

    private Object[] argumentsFor(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            if (type == TimelineCursor.class) {
                args[i] = null;
                continue;
            }
            if (!arguments.containsKey(type)) {
                throw new AssertionError("no argument of type " + type.getName() + " for " + method
                        + ": add one to the test (a new use case appeared)");
            }
            args[i] = arguments.get(type);
        }
        return args;
    }

    private static Collection<?> items(Object result) {
        if (result instanceof org.crmkit.core.shared.Page<?> page) {
            return page.items();
        }
        return (Collection<?>) result;
    }

    private static String signature(Method m) {
        return Stream.of(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
