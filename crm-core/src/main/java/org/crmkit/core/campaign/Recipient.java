package org.crmkit.core.campaign;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;

/**
 * Who a campaign reaches: a client (a company or a person served as a client) or one contact person of a
 * client. Held by id, like every reference between aggregates.
 */
public record Recipient(Kind kind, UUID id) {
    /** Whether the recipient is a client or a contact. */
    public enum Kind { CLIENT, CONTACT }

    public Recipient {
        Objects.requireNonNull(kind, "recipient kind");
        Objects.requireNonNull(id, "recipient id");
    }

    public static Recipient client(ClientId client) {
        return new Recipient(Kind.CLIENT, client.value());
    }

    public static Recipient contact(ContactId contact) {
        return new Recipient(Kind.CONTACT, contact.value());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
