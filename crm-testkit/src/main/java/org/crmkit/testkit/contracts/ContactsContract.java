package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Repository;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.crmkit.core.contact.Contacts} port. */
public abstract class ContactsContract extends ClientScopedRepositoryContract<Contact, ContactId> {
    @Override
    protected Repository<Contact, ContactId> repository(Repositories repositories) {
        return repositories.contacts();
    }

    @Override
    protected Contact aNew(ClientId client, EmployeeId owner) {
        return Contact.add(ContactId.newId(), PersonName.of("Anna", "Petrova"), client, "Chief accountant", owner,
                world.departmentOf(owner), world.next(owner));
    }

    @Override
    protected void change(Contact contact) {
        contact.addChannel(Channel.email(EmailAddress.of("c" + contact.channels().size() + "@romashka.ru")),
                world.next(contact.owner()));
    }

    @Override
    protected Object stateOf(Contact contact) {
        return contact.snapshot();
    }

    @Override
    protected Page<Contact> list(RecordFilter filter, PageRequest page) {
        return stored().contacts().list(filter, page);
    }

    @Override
    protected List<Contact> ofClient(ClientId client) {
        return stored().contacts().ofClient(client);
    }

    @Override
    protected List<Contact> ofClient(ClientId client, RecordFilter filter) {
        return stored().contacts().ofClient(client, filter);
    }

    @Override
    protected Comparator<Contact> clientOrder() {
        return Comparator.comparing(c -> c.id().value(), UNSIGNED);
    }

    @Override
    protected boolean belongsTo(Contact contact, ClientId client) {
        return contact.clients().contains(client);
    }

    @Override
    protected ProtectedRecord record(Contact contact) {
        return ProtectedRecords.of(contact);
    }

    @Override
    protected Permission readPermission() {
        return Permission.of(Resource.CONTACT, Action.READ);
    }

    @Override
    protected UUID key(ContactId id) {
        return id.value();
    }

    @Test
    void a_contact_linked_to_two_clients_is_listed_with_both() {
        Contact contact = aNew(world.acme, world.anna);
        contact.linkTo(world.globex, world.next(world.anna));
        stored().contacts().save(contact);

        assertThat(ofClient(world.acme)).extracting(Contact::id).containsExactly(contact.id());
        assertThat(ofClient(world.globex)).extracting(Contact::id).containsExactly(contact.id());
        assertThat(stored().contacts().all()).extracting(Contact::id).containsExactly(contact.id());
    }
}
