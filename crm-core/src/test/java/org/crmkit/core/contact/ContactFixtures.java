package org.crmkit.core.contact;

import static org.crmkit.core.client.ClientFixtures.MANAGER;
import static org.crmkit.core.client.ClientFixtures.SALES;
import static org.crmkit.core.client.ClientFixtures.stamp;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.PhoneNumber;

/** Ready-made contacts and channels (destined for crm-testkit); stamps come from {@code ClientFixtures}. */
public final class ContactFixtures {
    public static final Channel EMAIL = Channel.email(EmailAddress.of("anna.petrova@romashka.ru"));
    public static final Channel PHONE = Channel.phone(PhoneNumber.of("+7 912 345-67-89"));
    public static final Channel TELEGRAM = Channel.messenger(Messenger.TELEGRAM, "@anna_petrova");
    public static final PersonName ANNA = PersonName.of("Anna", "Sergeevna", "Petrova");

    private ContactFixtures() {
    }

    /** Anna Petrova, chief accountant of the given client, no channels yet; events pulled. */
    public static Contact contactOf(ClientId client) {
        Contact contact = Contact.add(ContactId.newId(), ANNA, client, "Chief accountant", MANAGER, SALES, stamp());
        contact.pullEvents();
        return contact;
    }

    public static Contact contact() {
        return contactOf(ClientId.newId());
    }

    /** A contact reachable by email, phone and Telegram, preferring the phone; events pulled. */
    public static Contact reachableContact() {
        Contact contact = contact();
        contact.addChannel(EMAIL, stamp());
        contact.addChannel(PHONE, stamp());
        contact.addChannel(TELEGRAM, stamp());
        contact.preferChannel(PHONE, stamp());
        contact.pullEvents();
        return contact;
    }
}
