package org.crmkit.core.deal;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a deal. */
public record DealId(UUID value) {
    public DealId {
        Objects.requireNonNull(value, "deal id");
    }

    public static DealId newId() {
        return new DealId(UuidV7.next());
    }

    public static DealId of(String uuid) {
        return new DealId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
