package org.crmkit.core.contact;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DomainException;

/** A contact exists only as someone's contact: the last client link cannot be removed (link another first). */
public final class ContactMustKeepAClient extends DomainException {
    public ContactMustKeepAClient(ContactId contact, ClientId client) {
        super("contact.last-client",
                "Contact " + contact + " cannot be unlinked from " + client + ", its only client",
                "Контакт " + contact + " нельзя отвязать от " + client + ", единственного клиента");
    }
}
