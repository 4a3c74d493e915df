package org.crmkit.core.contact;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a contact person. */
public record ContactId(UUID value) {
    public ContactId {
        Objects.requireNonNull(value, "contact id");
    }

    public static ContactId newId() {
        return new ContactId(UuidV7.next());
    }

    public static ContactId of(String uuid) {
        return new ContactId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
