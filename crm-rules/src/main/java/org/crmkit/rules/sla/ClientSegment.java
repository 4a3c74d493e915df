package org.crmkit.rules.sla;

import java.util.Objects;

/** The client's service segment, e.g. {@code vip} or {@code smb}. */
public record ClientSegment(String code) {
    public ClientSegment {
        if (Objects.requireNonNull(code, "code").isBlank()) {
            throw new IllegalArgumentException("ClientSegment code must not be blank");
        }
    }

    public static ClientSegment of(String code) {
        return new ClientSegment(code);
    }
}
