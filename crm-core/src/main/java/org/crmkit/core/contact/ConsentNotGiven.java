package org.crmkit.core.contact;

import org.crmkit.core.shared.DomainException;

/** Only a consent that is in force can be withdrawn: it was never given, or is already withdrawn. */
public final class ConsentNotGiven extends DomainException {
    public ConsentNotGiven(ContactId contact, ConsentPurpose purpose) {
        super("contact.consent-not-given",
                "Contact " + contact + " has no consent to " + purpose + " to withdraw",
                "У контакта " + contact + " нет действующего согласия " + purpose + ", отзывать нечего");
    }
}
