package org.crmkit.core.shared;

import java.time.Instant;
import java.util.Objects;

/** Who made a change and when: every state change of an aggregate carries one. */
public record Stamp(EmployeeId by, Instant at) {
    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    public static Stamp of(EmployeeId by, Instant at) {
        return new Stamp(by, at);
    }
}
