package org.crmkit.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.client.ClientFixtures.INN;
import static org.crmkit.core.client.ClientFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.client.ClientFixtures.KPP;
import static org.crmkit.core.client.ClientFixtures.MANAGER;
import static org.crmkit.core.client.ClientFixtures.MOSCOW;
import static org.crmkit.core.client.ClientFixtures.OGRN;
import static org.crmkit.core.client.ClientFixtures.OGRNIP;
import static org.crmkit.core.client.ClientFixtures.PERSON_INN;
import static org.crmkit.core.client.ClientFixtures.SALES;
import static org.crmkit.core.client.ClientFixtures.SUPERVISOR;
import static org.crmkit.core.client.ClientFixtures.T0;
import static org.crmkit.core.client.ClientFixtures.at;
import static org.crmkit.core.client.ClientFixtures.by;
import static org.crmkit.core.client.ClientFixtures.stamp;

import java.util.List;
import java.util.function.Consumer;

import org.crmkit.core.shared.Address;
import org.crmkit.core.shared.InvalidValue;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.TaxId;
import org.junit.jupiter.api.Test;

class ClientTest {

    @Test
    void onboarding_takes_a_company_on_as_a_prospect_and_says_so() {
        ClientId id = ClientId.newId();
        Client client = Client.onboard(id, ClientKind.COMPANY, " Romashka ", null, "OOO Romashka",
                List.of(INN, KPP, OGRN), MOSCOW, MANAGER, SALES, stamp());

        assertThat(client.status()).isEqualTo(ClientStatus.PROSPECT);
        assertThat(client.displayName()).isEqualTo("Romashka");
        assertThat(client.legalName()).contains("OOO Romashka");
        assertThat(client.personName()).isEmpty();
        assertThat(client.taxIds()).containsExactlyInAnyOrder(INN, KPP, OGRN);
        assertThat(client.taxId(TaxId.Kind.KPP)).contains(KPP);
        assertThat(client.address()).contains(MOSCOW);
        assertThat(client.owner()).isEqualTo(MANAGER);
        assertThat(client.department()).isEqualTo(SALES);
        assertThat(client.registeredAt()).isEqualTo(T0);
        assertThat(client.history()).isEmpty();
        assertThat(client.pendingEvents()).containsExactly(
                new ClientOnboarded(id, ClientKind.COMPANY, "Romashka", MANAGER, SALES, MANAGER, T0));
    }

    @Test
    void a_person_client_is_shown_under_their_full_name_unless_told_otherwise() {
        Client client = Client.onboardPerson(ClientId.newId(), PersonName.of("Ivan", "Sidorov"), MANAGER, SALES,
                stamp());

        assertThat(client.kind()).isEqualTo(ClientKind.PERSON);
        assertThat(client.displayName()).isEqualTo("Ivan Sidorov");
        assertThat(client.legalName()).isEmpty();
    }

    @Test
    void a_company_needs_a_legal_name_and_a_person_a_persons_name() {
        assertThatThrownBy(() -> Client.onboard(ClientId.newId(), ClientKind.COMPANY, "Romashka", null, " ",
                List.of(), null, MANAGER, SALES, stamp()))
                .isInstanceOf(InvalidClientIdentity.class)
                .hasFieldOrPropertyWithValue("code", "client.identity-invalid");
        assertThatThrownBy(() -> Client.onboard(ClientId.newId(), ClientKind.PERSON, "Ivan", null, null,
                List.of(), null, MANAGER, SALES, stamp()))
                .isInstanceOf(InvalidClientIdentity.class);
        assertThatThrownBy(() -> Client.onboard(ClientId.newId(), ClientKind.PERSON, "Ivan",
                PersonName.of("Ivan", "Sidorov"), "OOO Romashka", List.of(), null, MANAGER, SALES, stamp()))
                .isInstanceOf(InvalidClientIdentity.class);
    }

    @Test
    void a_client_carries_only_the_tax_ids_its_kind_is_registered_with() {
        assertThatThrownBy(() -> Client.onboardCompany(ClientId.newId(), "OOO Romashka", List.of(PERSON_INN),
                MANAGER, SALES, stamp())).isInstanceOf(InvalidClientIdentity.class);
        assertThatThrownBy(() -> Client.onboardCompany(ClientId.newId(), "OOO Romashka", List.of(OGRNIP),
                MANAGER, SALES, stamp())).isInstanceOf(InvalidClientIdentity.class);
        Client person = ClientFixtures.person();
        person.recordTaxId(PERSON_INN, stamp());
        person.recordTaxId(OGRNIP, stamp());
        assertThat(person.taxIds()).containsExactlyInAnyOrder(PERSON_INN, OGRNIP);
        assertThatThrownBy(() -> person.recordTaxId(KPP, stamp())).isInstanceOf(InvalidClientIdentity.class);
    }

    @Test
    void a_recorded_tax_id_replaces_the_one_of_the_same_kind() {
        Client client = ClientFixtures.prospect();
        TaxId movedRegion = TaxId.kpp("500101001");

        client.recordTaxId(movedRegion, at(5));

        assertThat(client.taxId(TaxId.Kind.KPP)).contains(movedRegion);
        assertThat(client.pendingEvents()).containsExactly(
                new ClientTaxIdRecorded(client.id(), movedRegion, MANAGER, at(5).at()));
    }

    @Test
    void the_whole_lifecycle_keeps_who_moved_the_client_when_and_why() {
        Client client = ClientFixtures.prospect();

        client.activate(at(1));
        client.suspend("invoices unpaid for 60 days", by(SUPERVISOR, 2));
        client.reactivate(" debt settled ", at(3));
        client.offboard("moved to a competitor", by(SUPERVISOR, 4));

        assertThat(client.status()).isEqualTo(ClientStatus.OFFBOARDED);
        assertThat(client.history()).containsExactly(
                new StatusChange(ClientStatus.PROSPECT, ClientStatus.ACTIVE, MANAGER, at(1).at(), null),
                new StatusChange(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, SUPERVISOR, at(2).at(),
                        "invoices unpaid for 60 days"),
                new StatusChange(ClientStatus.SUSPENDED, ClientStatus.ACTIVE, MANAGER, at(3).at(), "debt settled"),
                new StatusChange(ClientStatus.ACTIVE, ClientStatus.OFFBOARDED, SUPERVISOR, at(4).at(),
                        "moved to a competitor"));
        ClientId id = client.id();
        assertThat(client.pendingEvents()).containsExactly(
                new ClientActivated(id, MANAGER, at(1).at()),
                new ClientSuspended(id, "invoices unpaid for 60 days", SUPERVISOR, at(2).at()),
                new ClientReactivated(id, "debt settled", MANAGER, at(3).at()),
                new ClientOffboarded(id, ClientStatus.ACTIVE, "moved to a competitor", SUPERVISOR, at(4).at()));
    }

    @Test
    void a_prospect_or_a_suspended_client_can_be_offboarded_directly() {
        Client prospect = ClientFixtures.prospect();
        prospect.offboard("never signed", at(5));
        assertThat(prospect.history()).extracting(StatusChange::from).containsExactly(ClientStatus.PROSPECT);

        Client suspended = ClientFixtures.suspended();
        suspended.offboard("bankrupt", at(5));
        assertThat(suspended.history()).extracting(StatusChange::to)
                .containsExactly(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, ClientStatus.OFFBOARDED);
    }

    @Test
    void only_a_prospect_can_be_activated_only_an_active_client_suspended_only_a_suspended_one_reactivated() {
        assertRejected(ClientFixtures.active(), c -> c.activate(at(9)), IllegalClientTransition.class);
        assertRejected(ClientFixtures.suspended(), c -> c.activate(at(9)), IllegalClientTransition.class);
        assertRejected(ClientFixtures.prospect(), c -> c.suspend("why", at(9)), IllegalClientTransition.class);
        assertRejected(ClientFixtures.suspended(), c -> c.suspend("why", at(9)), IllegalClientTransition.class);
        assertRejected(ClientFixtures.prospect(), c -> c.reactivate("why", at(9)), IllegalClientTransition.class);
        assertRejected(ClientFixtures.active(), c -> c.reactivate("why", at(9)), IllegalClientTransition.class);
    }

    @Test
    void an_illegal_move_names_where_the_client_is_and_where_it_was_asked_to_go() {
        Client prospect = ClientFixtures.prospect();

        assertThatThrownBy(() -> prospect.suspend("why", at(9)))
                .isInstanceOfSatisfying(IllegalClientTransition.class, e -> {
                    assertThat(e.code()).isEqualTo("client.transition-illegal");
                    assertThat(e.from()).isEqualTo(ClientStatus.PROSPECT);
                    assertThat(e.to()).isEqualTo(ClientStatus.SUSPENDED);
                    assertThat(e.messageRu()).contains("недопустим");
                });
    }

    @Test
    void suspending_reactivating_and_offboarding_need_a_reason() {
        assertRejected(ClientFixtures.active(), c -> c.suspend(" ", at(9)), ReasonRequired.class);
        assertRejected(ClientFixtures.suspended(), c -> c.reactivate(null, at(9)), ReasonRequired.class);
        assertRejected(ClientFixtures.active(), c -> c.offboard("", at(9)), ReasonRequired.class);

        assertThatThrownBy(() -> ClientFixtures.active().suspend(null, at(9)))
                .isInstanceOfSatisfying(ReasonRequired.class, e -> {
                    assertThat(e.code()).isEqualTo("reason.required");
                    assertThat(e.getMessage()).isEqualTo("A reason is required to suspend a client");
                    assertThat(e.messageRu()).isEqualTo("Для действия «suspend a client» нужна причина");
                });
    }

    @Test
    void an_offboarded_client_is_final() {
        List<Consumer<Client>> everyCommand = List.of(
                c -> c.activate(at(9)),
                c -> c.suspend("why", at(9)),
                c -> c.reactivate("why", at(9)),
                c -> c.offboard("again", at(9)),
                c -> c.reassignOwner(SUPERVISOR, KEY_ACCOUNTS, at(9)),
                c -> c.changeSegment(Segment.of("premium"), at(9)),
                c -> c.tag("vip", at(9)),
                c -> c.untag("vip", at(9)),
                c -> c.linkExternalId(ExternalId.of("1c", "000123"), at(9)),
                c -> c.rename("Romashka Holding", at(9)),
                c -> c.changeAddress(Address.of("RU", "Kazan"), at(9)),
                c -> c.recordTaxId(TaxId.kpp("500101001"), at(9)));

        for (Consumer<Client> command : everyCommand) {
            assertRejected(ClientFixtures.offboarded(), command, ClientAlreadyOffboarded.class);
        }
        assertThat(ClientFixtures.offboarded().history()).hasSize(2);
    }

    @Test
    void a_client_has_one_key_per_external_system() {
        Client client = ClientFixtures.active();
        client.linkExternalId(ExternalId.of("1C", " 000123 "), at(5));
        client.linkExternalId(ExternalId.of("salesforce", "0015g00000XyZ"), at(6));

        assertThat(client.externalIds()).containsOnlyKeys("1c", "salesforce");
        assertThat(client.externalId("1c")).contains(ExternalId.of("1c", "000123"));
        assertThat(client.pendingEvents()).containsExactly(
                new ClientExternalIdLinked(client.id(), ExternalId.of("1c", "000123"), MANAGER, at(5).at()),
                new ClientExternalIdLinked(client.id(), ExternalId.of("salesforce", "0015g00000XyZ"), MANAGER,
                        at(6).at()));
        assertThatThrownBy(() -> client.linkExternalId(ExternalId.of("1c", "000999"), at(7)))
                .isInstanceOfSatisfying(ExternalIdAlreadyLinked.class, e -> {
                    assertThat(e.linked()).isEqualTo(ExternalId.of("1c", "000123"));
                    assertThat(e.requested()).isEqualTo(ExternalId.of("1c", "000999"));
                    assertThat(e.code()).isEqualTo("client.external-id-already-linked");
                });
    }

    @Test
    void linking_the_same_external_key_again_changes_nothing() {
        Client client = ClientFixtures.active();
        client.linkExternalId(ExternalId.of("1c", "000123"), at(5));
        client.pullEvents();
        Client.Snapshot before = client.snapshot();

        client.linkExternalId(ExternalId.of("1C", "000123"), at(6));

        assertThat(client.snapshot()).isEqualTo(before);
        assertThat(client.pendingEvents()).isEmpty();
    }

    @Test
    void an_external_id_needs_a_system_and_a_key() {
        assertThatThrownBy(() -> ExternalId.of(" ", "1")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ExternalId.of("1c", null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void tags_are_lower_case_and_tagging_twice_is_quiet() {
        Client client = ClientFixtures.active();

        client.tag(" VIP ", at(5));
        client.tag("vip", at(6));
        client.tag("Export", at(7));
        client.untag("EXPORT", at(8));
        client.untag("never-there", at(9));

        assertThat(client.tags()).containsExactly("vip");
        assertThat(client.pendingEvents()).containsExactly(
                new ClientTagged(client.id(), "vip", MANAGER, at(5).at()),
                new ClientTagged(client.id(), "export", MANAGER, at(7).at()),
                new ClientUntagged(client.id(), "export", MANAGER, at(8).at()));
        assertThatThrownBy(() -> client.tag(" ", at(10))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void reassigning_the_owner_moves_the_client_to_the_new_owners_department() {
        Client client = ClientFixtures.active();

        client.reassignOwner(SUPERVISOR, KEY_ACCOUNTS, at(5));

        assertThat(client.owner()).isEqualTo(SUPERVISOR);
        assertThat(client.department()).isEqualTo(KEY_ACCOUNTS);
        assertThat(client.pendingEvents()).containsExactly(
                new ClientOwnerChanged(client.id(), MANAGER, SUPERVISOR, KEY_ACCOUNTS, MANAGER, at(5).at()));
    }

    @Test
    void segment_name_and_address_changes_are_recorded() {
        Client client = ClientFixtures.active();
        Address kazan = Address.of("RU", "Kazan");

        client.changeSegment(Segment.of(" Premium "), at(5));
        client.changeSegment(Segment.of("smb"), at(6));
        client.rename("Romashka Group", at(7));
        client.changeAddress(kazan, at(8));

        assertThat(client.segment()).contains(Segment.of("smb"));
        assertThat(client.displayName()).isEqualTo("Romashka Group");
        assertThat(client.legalName()).contains("OOO Romashka");
        assertThat(client.address()).contains(kazan);
        assertThat(client.pendingEvents()).containsExactly(
                new ClientSegmentChanged(client.id(), null, Segment.of("premium"), MANAGER, at(5).at()),
                new ClientSegmentChanged(client.id(), Segment.of("premium"), Segment.of("smb"), MANAGER, at(6).at()),
                new ClientRenamed(client.id(), "Romashka", "Romashka Group", MANAGER, at(7).at()),
                new ClientAddressChanged(client.id(), kazan, MANAGER, at(8).at()));
        assertThatThrownBy(() -> client.rename("  ", at(9))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_restored_client_has_the_same_state_and_no_events() {
        Client client = ClientFixtures.suspended();
        client.tag("vip", at(5));
        client.linkExternalId(ExternalId.of("1c", "000123"), at(6));
        client.changeSegment(Segment.of("premium"), at(7));

        Client restored = Client.restore(client.snapshot(), 3);

        assertThat(restored.snapshot()).isEqualTo(client.snapshot());
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void read_accessors_cannot_change_the_client() {
        Client client = ClientFixtures.active();
        client.tag("vip", at(5));

        assertThatThrownBy(() -> client.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> client.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> client.externalIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertRejected(Client client, Consumer<Client> command, Class<? extends Exception> error) {
        Client.Snapshot before = client.snapshot();
        int events = client.pendingEvents().size();

        assertThatThrownBy(() -> command.accept(client)).isInstanceOf(error);

        assertThat(client.snapshot()).isEqualTo(before);
        assertThat(client.pendingEvents()).hasSize(events);
    }
}
