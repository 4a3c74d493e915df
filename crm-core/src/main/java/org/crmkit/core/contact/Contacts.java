package org.crmkit.core.contact;

import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.Repository;

/** Repository port for contact persons. */
public interface Contacts extends Repository<Contact, ContactId> {
    /** The contacts linked to this client, ordered by id. */
    List<Contact> ofClient(ClientId client);

    /** Every contact, ordered by id. */
    List<Contact> all();

    @Override
    default String aggregateName() {
        return "Contact";
    }
}
