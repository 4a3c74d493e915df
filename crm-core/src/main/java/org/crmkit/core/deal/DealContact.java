package org.crmkit.core.deal;

import java.util.Objects;

import org.crmkit.core.contact.ContactId;

/** A contact person involved in a deal, with the one role they play in it. */
public record DealContact(ContactId contact, DealContactRole role) {
    public DealContact {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(role, "role");
    }
}
