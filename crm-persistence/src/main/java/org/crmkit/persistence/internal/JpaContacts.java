package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.contact.Contacts;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/** {@link Contacts} on the crm_contacts tables. */
final class JpaContacts extends JpaRepository<Contact, ContactId, Contact.Snapshot, ContactRow> implements Contacts {
    private final ContactMapper mapper = new ContactMapperImpl();

    JpaContacts(UnitOfWork work, Clock clock) {
        super(work, clock, ContactRow.class, "crm_contacts", new ScopedFilterSql(Resource.CONTACT, null));
    }

    @Override UUID key(ContactId id) { return id.value(); }
    @Override Contact.Snapshot snapshot(Contact a) { return a.snapshot(); }
    @Override Contact restore(Contact.Snapshot s, long version) { return Contact.restore(s, version); }
    @Override Contact.Snapshot toSnapshot(ContactRow row) { return mapper.toSnapshot(row); }
    @Override void write(Contact.Snapshot s, ContactRow row) { mapper.update(s, row); }
    @Override ContactRow newRow() { return new ContactRow(); }
    @Override ProtectedRecord facts(Contact a) { return AccessFacts.of(a); }

    @Override
    public List<Contact> ofClient(ClientId client) {
        return select("where :client member of r.clients order by r.id", "client", client.value());
    }

    @Override
    public List<Contact> all() {
        return select("order by r.id");
    }

    @Override
    public Page<Contact> list(RecordFilter filter, PageRequest page) {
        return page(filter, page);
    }

    @Override
    public List<Contact> ofClient(ClientId client, RecordFilter filter) {
        return filtered(filter, "r.id IN (SELECT cc.contact_id FROM crm_contact_clients cc WHERE cc.client_id = :client)",
                Map.of("client", client.value()), "r.id", c -> ofClient(client));
    }
}
