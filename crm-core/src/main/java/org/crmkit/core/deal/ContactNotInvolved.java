package org.crmkit.core.deal;

import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.DomainException;

/** A contact who is not involved in the deal cannot be released from it. */
public final class ContactNotInvolved extends DomainException {
    public ContactNotInvolved(DealId deal, ContactId contact) {
        super("deal.contact.not-involved",
                "Contact " + contact + " is not involved in deal " + deal,
                "Контакт " + contact + " не участвует в сделке " + deal);
    }
}
