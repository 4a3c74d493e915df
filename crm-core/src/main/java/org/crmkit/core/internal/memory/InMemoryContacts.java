package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.contact.Contacts;

/** In-memory {@link Contacts}. */
public final class InMemoryContacts extends InMemoryRepository<Contact, ContactId, Contact.Snapshot>
        implements Contacts {
    private static final Comparator<Contact> BY_ID = Comparator.comparing(c -> c.id().value());

    public InMemoryContacts() {
        super("Contact", Contact::snapshot, Contact::restore);
    }

    @Override
    public List<Contact> ofClient(ClientId client) {
        return select(c -> c.isLinkedTo(client), BY_ID);
    }

    @Override
    public List<Contact> all() {
        return select(c -> true, BY_ID);
    }

    @Override
    public Page<Contact> list(RecordFilter filter, PageRequest page) {
        return page(a -> filter.admits(ProtectedRecords.of(a)), a -> a.id().value(), page);
    }

    @Override
    public List<Contact> ofClient(ClientId client, RecordFilter filter) {
        return ofClient(client).stream().filter(c -> filter.admits(ProtectedRecords.of(c))).toList();
    }
}
