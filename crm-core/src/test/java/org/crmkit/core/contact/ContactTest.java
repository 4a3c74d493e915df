package org.crmkit.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.client.ClientFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.client.ClientFixtures.MANAGER;
import static org.crmkit.core.client.ClientFixtures.SALES;
import static org.crmkit.core.client.ClientFixtures.SUPERVISOR;
import static org.crmkit.core.client.ClientFixtures.T0;
import static org.crmkit.core.client.ClientFixtures.at;
import static org.crmkit.core.client.ClientFixtures.by;
import static org.crmkit.core.client.ClientFixtures.stamp;
import static org.crmkit.core.contact.ConsentPurpose.MARKETING;
import static org.crmkit.core.contact.ConsentPurpose.PERSONAL_DATA_PROCESSING;
import static org.crmkit.core.contact.ContactFixtures.ANNA;
import static org.crmkit.core.contact.ContactFixtures.EMAIL;
import static org.crmkit.core.contact.ContactFixtures.PHONE;
import static org.crmkit.core.contact.ContactFixtures.TELEGRAM;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.InvalidValue;
import org.crmkit.core.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void a_contact_is_added_as_the_contact_of_a_client() {
        ContactId id = ContactId.newId();
        ClientId client = ClientId.newId();

        Contact contact = Contact.add(id, ANNA, client, " Chief accountant ", MANAGER, SALES, stamp());

        assertThat(contact.clients()).containsExactly(client);
        assertThat(contact.position()).contains("Chief accountant");
        assertThat(contact.channels()).isEmpty();
        assertThat(contact.preferredChannel()).isEmpty();
        assertThat(contact.addedAt()).isEqualTo(T0);
        assertThat(contact.pendingEvents()).containsExactly(
                new ContactAdded(id, ANNA, client, MANAGER, SALES, MANAGER, T0));
    }

    @Test
    void a_contact_stays_linked_to_at_least_one_client() {
        ClientId first = ClientId.newId();
        Contact contact = ContactFixtures.contactOf(first);
        Contact.Snapshot before = contact.snapshot();

        assertThatThrownBy(() -> contact.unlinkFrom(first, at(1)))
                .isInstanceOf(ContactMustKeepAClient.class)
                .hasFieldOrPropertyWithValue("code", "contact.last-client");
        assertThat(contact.snapshot()).isEqualTo(before);
        assertThat(contact.pendingEvents()).isEmpty();
    }

    @Test
    void a_contact_can_move_to_another_client_by_linking_first_and_unlinking_after() {
        ClientId first = ClientId.newId();
        ClientId second = ClientId.newId();
        Contact contact = ContactFixtures.contactOf(first);

        contact.linkTo(second, at(1));
        contact.linkTo(second, at(2));
        contact.unlinkFrom(first, at(3));
        contact.unlinkFrom(first, at(4));

        assertThat(contact.clients()).containsExactly(second);
        assertThat(contact.isLinkedTo(first)).isFalse();
        assertThat(contact.pendingEvents()).containsExactly(
                new ContactLinkedToClient(contact.id(), second, MANAGER, at(1).at()),
                new ContactUnlinkedFromClient(contact.id(), first, MANAGER, at(3).at()));
    }

    @Test
    void channels_are_normalised_so_one_number_typed_twice_is_one_channel() {
        Contact contact = ContactFixtures.contact();

        contact.addChannel(Channel.phone(PhoneNumber.of("8 (912) 345-67-89")), at(1));
        contact.addChannel(new Channel(ChannelType.PHONE, "+7 912 345 67 89", null), at(2));
        contact.addChannel(new Channel(ChannelType.EMAIL, " anna.petrova@ROMASHKA.ru ", null), at(3));
        contact.addChannel(EMAIL, at(4));

        assertThat(contact.channels()).containsExactly(PHONE, EMAIL);
        assertThat(contact.channels().get(0).value()).isEqualTo("+79123456789");
        assertThat(contact.channels().get(0).phoneNumber()).contains(PhoneNumber.of("+79123456789"));
        assertThat(contact.channels().get(1).emailAddress()).contains(EmailAddress.of("anna.petrova@romashka.ru"));
        assertThat(contact.pendingEvents()).containsExactly(
                new ContactChannelAdded(contact.id(), PHONE, MANAGER, at(1).at()),
                new ContactChannelAdded(contact.id(), EMAIL, MANAGER, at(3).at()));
    }

    @Test
    void a_channel_holds_a_valid_value_of_its_type() {
        assertThatThrownBy(() -> new Channel(ChannelType.EMAIL, "anna at romashka", null))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Channel(ChannelType.PHONE, "12", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Channel.messenger(Messenger.WHATSAPP, " ")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Channel(ChannelType.MESSENGER, "@anna", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Channel(ChannelType.EMAIL, "a@b.ru", Messenger.TELEGRAM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TELEGRAM.messenger()).isEqualTo(Messenger.TELEGRAM);
        assertThat(Channel.messenger(Messenger.TELEGRAM, "@anna")).isNotEqualTo(
                Channel.messenger(Messenger.VIBER, "@anna"));
    }

    @Test
    void only_one_of_the_contacts_own_channels_can_be_preferred() {
        Contact contact = ContactFixtures.contact();
        contact.addChannel(EMAIL, at(1));
        contact.pullEvents();
        Contact.Snapshot before = contact.snapshot();

        assertThatThrownBy(() -> contact.preferChannel(PHONE, at(2)))
                .isInstanceOf(ChannelNotOnContact.class)
                .hasFieldOrPropertyWithValue("code", "contact.channel-unknown");
        assertThat(contact.snapshot()).isEqualTo(before);

        contact.preferChannel(EMAIL, at(3));
        assertThat(contact.preferredChannel()).contains(EMAIL);
        assertThat(contact.pendingEvents()).containsExactly(
                new PreferredChannelChanged(contact.id(), null, EMAIL, MANAGER, at(3).at()));
    }

    @Test
    void removing_the_preferred_channel_leaves_the_contact_without_a_preference() {
        Contact contact = ContactFixtures.reachableContact();

        contact.removeChannel(PHONE, at(5));
        contact.removeChannel(PHONE, at(6));

        assertThat(contact.channels()).containsExactly(EMAIL, TELEGRAM);
        assertThat(contact.preferredChannel()).isEmpty();
        assertThat(contact.pendingEvents()).containsExactly(
                new ContactChannelRemoved(contact.id(), PHONE, MANAGER, at(5).at()),
                new PreferredChannelChanged(contact.id(), PHONE, null, MANAGER, at(5).at()));
    }

    @Test
    void removing_another_channel_keeps_the_preference() {
        Contact contact = ContactFixtures.reachableContact();

        contact.removeChannel(TELEGRAM, at(5));

        assertThat(contact.preferredChannel()).contains(PHONE);
    }

    @Test
    void consent_given_withdrawn_and_given_again_is_in_force_and_all_three_acts_are_kept() {
        Contact contact = ContactFixtures.contact();

        contact.giveConsent(PERSONAL_DATA_PROCESSING, "web-form", at(1));
        contact.withdrawConsent(PERSONAL_DATA_PROCESSING, " call ", by(SUPERVISOR, 2));
        assertThat(contact.hasConsent(PERSONAL_DATA_PROCESSING)).isFalse();
        contact.giveConsent(PERSONAL_DATA_PROCESSING, "paper", at(3));

        assertThat(contact.hasConsent(PERSONAL_DATA_PROCESSING)).isTrue();
        assertThat(contact.consents()).containsExactly(
                new ConsentRecord(PERSONAL_DATA_PROCESSING, true, at(1).at(), "web-form", MANAGER),
                new ConsentRecord(PERSONAL_DATA_PROCESSING, false, at(2).at(), "call", SUPERVISOR),
                new ConsentRecord(PERSONAL_DATA_PROCESSING, true, at(3).at(), "paper", MANAGER));
        assertThat(contact.pendingEvents()).containsExactly(
                new ConsentGiven(contact.id(), PERSONAL_DATA_PROCESSING, "web-form", MANAGER, at(1).at()),
                new ConsentWithdrawn(contact.id(), PERSONAL_DATA_PROCESSING, "call", SUPERVISOR, at(2).at()),
                new ConsentGiven(contact.id(), PERSONAL_DATA_PROCESSING, "paper", MANAGER, at(3).at()));
    }

    @Test
    void consents_are_kept_per_purpose() {
        Contact contact = ContactFixtures.contact();

        contact.giveConsent(PERSONAL_DATA_PROCESSING, "paper", at(1));

        assertThat(contact.hasConsent(PERSONAL_DATA_PROCESSING)).isTrue();
        assertThat(contact.hasConsent(MARKETING)).isFalse();
        assertThat(contact.latestConsent(MARKETING)).isEmpty();
    }

    @Test
    void a_consent_never_given_or_already_withdrawn_cannot_be_withdrawn() {
        Contact contact = ContactFixtures.contact();

        assertThatThrownBy(() -> contact.withdrawConsent(MARKETING, "call", at(1)))
                .isInstanceOf(ConsentNotGiven.class)
                .hasFieldOrPropertyWithValue("code", "contact.consent-not-given");
        contact.giveConsent(MARKETING, "web-form", at(2));
        contact.withdrawConsent(MARKETING, "call", at(3));
        assertThatThrownBy(() -> contact.withdrawConsent(MARKETING, "call", at(4)))
                .isInstanceOf(ConsentNotGiven.class);
        assertThat(contact.consents()).hasSize(2);
    }

    @Test
    void a_consent_says_where_it_came_from() {
        Contact contact = ContactFixtures.contact();

        assertThatThrownBy(() -> contact.giveConsent(MARKETING, " ", at(1))).isInstanceOf(InvalidValue.class);
        assertThat(contact.consents()).isEmpty();
        assertThat(contact.pendingEvents()).isEmpty();
    }

    @Test
    void reassigning_the_owner_moves_the_contact_to_the_new_owners_department() {
        Contact contact = ContactFixtures.contact();

        contact.reassignOwner(SUPERVISOR, KEY_ACCOUNTS, at(1));

        assertThat(contact.owner()).isEqualTo(SUPERVISOR);
        assertThat(contact.department()).isEqualTo(KEY_ACCOUNTS);
        assertThat(contact.pendingEvents()).containsExactly(
                new ContactOwnerChanged(contact.id(), MANAGER, SUPERVISOR, KEY_ACCOUNTS, MANAGER, at(1).at()));
    }

    @Test
    void a_restored_contact_has_the_same_state_and_no_events() {
        Contact contact = ContactFixtures.reachableContact();
        contact.linkTo(ClientId.newId(), at(1));
        contact.giveConsent(MARKETING, "web-form", at(2));

        Contact restored = Contact.restore(contact.snapshot(), 2);

        assertThat(restored.snapshot()).isEqualTo(contact.snapshot());
        assertThat(restored.clients()).containsExactlyElementsOf(contact.clients());
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void a_snapshot_that_breaks_the_invariants_is_refused() {
        Contact.Snapshot s = ContactFixtures.reachableContact().snapshot();

        assertThatThrownBy(() -> Contact.restore(new Contact.Snapshot(s.id(), s.name(), java.util.Set.of(),
                s.position(), s.channels(), s.preferredChannel(), s.consents(), s.owner(), s.department(),
                s.addedAt()), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contact.restore(new Contact.Snapshot(s.id(), s.name(), s.clients(),
                s.position(), java.util.List.of(EMAIL), PHONE, s.consents(), s.owner(), s.department(),
                s.addedAt()), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
