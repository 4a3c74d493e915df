package org.crmkit.core.client;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a client. */
public record ClientId(UUID value) {
    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    public static ClientId newId() {
        return new ClientId(UuidV7.next());
    }

    public static ClientId of(String uuid) {
        return new ClientId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
