package org.crmkit.core.interaction;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a logged interaction. */
public record InteractionId(UUID value) {
    public InteractionId {
        Objects.requireNonNull(value, "interaction id");
    }

    public static InteractionId newId() {
        return new InteractionId(UuidV7.next());
    }

    public static InteractionId of(String uuid) {
        return new InteractionId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
