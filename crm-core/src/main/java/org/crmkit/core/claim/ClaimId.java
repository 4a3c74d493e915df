package org.crmkit.core.claim;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a claim. */
public record ClaimId(UUID value) {
    public ClaimId {
        Objects.requireNonNull(value, "claim id");
    }

    public static ClaimId newId() {
        return new ClaimId(UuidV7.next());
    }

    public static ClaimId of(String uuid) {
        return new ClaimId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
