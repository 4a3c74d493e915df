package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.client.ClientFixtures.at;

import java.util.Comparator;
import java.util.stream.Stream;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactFixtures;
import org.crmkit.core.contact.ContactId;
import org.junit.jupiter.api.Test;

class InMemoryContactsTest {
    private final InMemoryContacts contacts = new InMemoryContacts();

    @Test
    void the_contacts_of_a_client_include_those_shared_with_another_client() {
        ClientId romashka = ClientId.newId();
        ClientId vasilek = ClientId.newId();
        Contact onlyRomashka = ContactFixtures.contactOf(romashka);
        Contact both = ContactFixtures.contactOf(vasilek);
        both.linkTo(romashka, at(1));
        Contact onlyVasilek = ContactFixtures.contactOf(vasilek);
        Stream.of(onlyVasilek, both, onlyRomashka).forEach(contacts::save);

        assertThat(contacts.ofClient(romashka)).extracting(Contact::id)
                .containsExactlyElementsOf(idOrder(onlyRomashka, both));
        assertThat(contacts.ofClient(vasilek)).extracting(Contact::id)
                .containsExactlyElementsOf(idOrder(both, onlyVasilek));
        assertThat(contacts.all()).extracting(Contact::id)
                .containsExactlyElementsOf(idOrder(onlyRomashka, both, onlyVasilek));
    }

    @Test
    void a_stored_contact_comes_back_with_its_whole_state() {
        Contact contact = ContactFixtures.reachableContact();
        contacts.save(contact);

        assertThat(contacts.get(contact.id()).snapshot()).isEqualTo(contact.snapshot());
        assertThat(contacts.get(contact.id()).version()).isEqualTo(1);
    }

    private static java.util.List<ContactId> idOrder(Contact... list) {
        return Stream.of(list).map(Contact::id).sorted(Comparator.comparing(ContactId::value)).toList();
    }
}
