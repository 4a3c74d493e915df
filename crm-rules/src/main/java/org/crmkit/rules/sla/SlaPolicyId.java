package org.crmkit.rules.sla;

import java.util.Objects;

/** Identifies an SLA policy across its versions, e.g. {@code vip-critical}. */
public record SlaPolicyId(String value) {
    public SlaPolicyId {
        if (Objects.requireNonNull(value, "value").isBlank()) {
            throw new IllegalArgumentException("SLA policy id must not be blank");
        }
    }

    public static SlaPolicyId of(String value) {
        return new SlaPolicyId(value);
    }
}
