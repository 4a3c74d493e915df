package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.FieldTag;
import org.crmkit.core.access.Role;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.access.Visibility;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.interactions.LogInteraction;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.TaxIdChecksums;

/**
 * Access through the session, over random user classes and records: the list filter and the per-record check
 * agree (what {@code list()} shows is exactly what {@code get()} allows), and no reader whose roles do not show
 * personal data ever receives a full phone number or e-mail address on any read path. One company is shared by
 * all tries (building a CRM per try would dominate the run); each try hires its own reader.
 */
class SessionAccessProperties {
    private static final SessionWorld WORLD = new SessionWorld();
    private static final List<ClientId> CLIENTS = new ArrayList<>();
    private static final List<DepartmentId> DEPARTMENTS = List.of(WORLD.company, WORLD.sales, WORLD.north,
            WORLD.south, WORLD.service, WORLD.marketing);

    static {
        int n = 0;
        for (EmployeeId seller : List.of(WORLD.manager(), WORLD.colleague, WORLD.southManager,
                WORLD.employee(StandardRoles.HEAD_OF_SALES_NAME))) {
            CrmSession s = WORLD.as(seller);
            for (int i = 0; i < 2; i++) {
                ClientId client = s.clients().onboard(OnboardClient.company("ООО Клиент " + n,
                        TaxIdChecksums.completeInn10(String.format("77%07d", ++n))));
                CLIENTS.add(client);
                s.contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO").withPhone("+7 916 000-00-" + (10 + n))
                        .withEmail("ivan" + n + "@romashka.ru"));
                s.deals().open(OpenDeal.of(client, "Deal " + n).worth("1000", "RUB"));
                s.tasks().create(CreateTask.of("Call " + n, seller, SessionWorld.NOW.plus(Duration.ofDays(1))));
                s.interactions().log(LogInteraction.of(client, InteractionKind.CALL, InteractionChannel.PHONE,
                        Direction.INBOUND, SessionWorld.NOW, "Call " + n));
                WORLD.as(StandardRoles.SERVICE_AGENT_NAME).claims().register(RegisterClaim.of(client,
                        ClaimChannel.EMAIL, "delivery", Severity.LOW, "Late", "Late delivery " + n));
            }
        }
    }

    @Property(tries = 40)
    void no_reader_without_personal_data_visible_ever_receives_an_unmasked_phone_or_email(
            @ForAll("rolesThatMaskPersonalData") Set<RoleName> roles, @ForAll("departments") DepartmentId department,
            @ForAll("clientIndex") int clientIndex, @ForAll("mobileDigits") String mobile,
            @ForAll("emailNames") String emailName) {
        ClientId client = CLIENTS.get(clientIndex);
        String email = emailName + "@romashka.ru";
        // Added by the client's owner: a system context cannot add contacts (it is no employee to own them).
        EmployeeId owner = WORLD.repositories.clients().get(client).owner();
        ContactId contact = WORLD.as(owner).contacts().add(AddContact.of(client, "Olga", "Sokolova", "CFO")
                .withEmail(email).withPhone("8 (" + mobile.substring(0, 3) + ") " + mobile.substring(3)));
        CrmSession reader = WORLD.as(WORLD.hire("Reader", "Testov", department, roles.toArray(RoleName[]::new)));

        List<ContactView> seen = new ArrayList<>(reader.contacts().ofClient(client));
        try {
            seen.add(reader.contacts().get(contact));
        } catch (AccessDenied denied) {
            // Not allowed to read it at all: nothing shown, nothing to leak.
        }
        try {
            seen.addAll(reader.overview().of(client, 50).contacts());
        } catch (AccessDenied denied) {
            // The overview of a client the reader may not see is refused as a whole.
        }

        for (ContactView view : seen) {
            List<String> shown = new ArrayList<>(view.channels());
            if (view.preferredChannel() != null) {
                shown.add(view.preferredChannel());
            }
            assertThat(shown).allSatisfy(s -> {
                assertThat(s).contains("***").doesNotContain(email);
                assertThat(s.replaceAll("\\D", "")).doesNotContain(mobile);
            });
        }
    }

    @Property(tries = 25)
    void what_a_list_shows_is_exactly_what_get_allows(@ForAll("anyRoles") Set<RoleName> roles,
                                                       @ForAll("departments") DepartmentId department) {
        CrmSession reader = WORLD.as(WORLD.hire("Reader", "Testov", department, roles.toArray(RoleName[]::new)));

        assertAgree("clients", pages(reader.clients()::list, v -> v.id().value()),
                WORLD.repositories.clients().all().stream().map(c -> c.id()).toList(),
                id -> readable(() -> reader.clients().get(id)), id -> id.value());
        assertAgree("deals", pages(reader.deals()::list, v -> v.id().value()),
                WORLD.repositories.deals().all().stream().map(d -> d.id()).toList(),
                id -> readable(() -> reader.deals().get(id)), id -> id.value());
        assertAgree("claims", pages(reader.claims()::list, v -> v.id().value()),
                WORLD.repositories.claims().all().stream().map(c -> c.id()).toList(),
                id -> readable(() -> reader.claims().get(id)), id -> id.value());
        assertAgree("tasks", pages(reader.tasks()::list, v -> v.id().value()),
                WORLD.repositories.tasks().all().stream().map(t -> t.id()).toList(),
                id -> readable(() -> reader.tasks().get(id)), id -> id.value());
        for (ClientId client : CLIENTS) {
            Set<UUID> listed = new HashSet<>();
            reader.contacts().ofClient(client).forEach(c -> listed.add(c.id().value()));
            assertAgree("contacts of " + client, listed,
                    WORLD.repositories.contacts().ofClient(client).stream().map(c -> c.id()).toList(),
                    id -> readable(() -> reader.contacts().get(id)), id -> id.value());
            Set<UUID> deals = new HashSet<>();
            reader.deals().ofClient(client).forEach(d -> deals.add(d.id().value()));
            assertAgree("deals of " + client, deals,
                    WORLD.repositories.deals().ofClient(client).stream().map(d -> d.id()).toList(),
                    id -> readable(() -> reader.deals().get(id)), id -> id.value());
        }
    }

    private static <I> void assertAgree(String what, Set<UUID> listed, List<I> all,
                                        java.util.function.Predicate<I> readable, Function<I, UUID> key) {
        Set<UUID> allowed = new HashSet<>();
        for (I id : all) {
            if (readable.test(id)) {
                allowed.add(key.apply(id));
            }
        }
        assertThat(listed).as(what).isEqualTo(allowed);
    }

    private static <V> Set<UUID> pages(Function<PageRequest, Page<V>> list, Function<V, UUID> key) {
        Set<UUID> seen = new HashSet<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            Page<V> page = list.apply(request);
            page.items().forEach(v -> assertThat(seen.add(key.apply(v))).as("listed twice").isTrue());
            if (page.next().isEmpty()) {
                return seen;
            }
            request = page.nextRequest(3);
        }
    }

    private static boolean readable(Runnable read) {
        try {
            read.run();
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }

    @Provide
    Arbitrary<Set<RoleName>> rolesThatMaskPersonalData() {
        List<RoleName> masked = StandardRoles.all().stream()
                .filter(r -> r.visibility(FieldTag.PERSONAL_DATA) != Visibility.VISIBLE).map(Role::name).toList();
        return Arbitraries.of(masked).set().ofMaxSize(masked.size());
    }

    @Provide
    Arbitrary<Set<RoleName>> anyRoles() {
        return Arbitraries.of(StandardRoles.all().stream().map(Role::name).toList()).set().ofMaxSize(3);
    }

    @Provide
    Arbitrary<DepartmentId> departments() {
        return Arbitraries.of(DEPARTMENTS);
    }

    @Provide
    Arbitrary<Integer> clientIndex() {
        return Arbitraries.integers().between(0, CLIENTS.size() - 1);
    }

    @Provide
    Arbitrary<String> mobileDigits() {
        return Arbitraries.strings().numeric().ofLength(9).map(rest -> "9" + rest);
    }

    @Provide
    Arbitrary<String> emailNames() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12);
    }

}
