package org.crmkit.core.contact;

import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.Repository;

/** Repository port for contact persons. */
public interface Contacts extends Repository<Contact, ContactId> {
    /** The contacts linked to this client, ordered by id. */
    List<Contact> ofClient(ClientId client);

    /** Every contact, ordered by id. */
    List<Contact> all();

    /**
     * The contacts the filter admits, keyset-paged by id. The adapter applies the filter while it reads
     * (in SQL: in the WHERE clause), never after loading.
     */
    Page<Contact> list(RecordFilter filter, PageRequest page);

    /** The contacts of this client that the filter admits, ordered by id. */
    List<Contact> ofClient(ClientId client, RecordFilter filter);

    @Override
    default String aggregateName() {
        return "Contact";
    }
}
