package org.crmkit.core.client;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;

/**
 * One move in a client's lifecycle: who moved it, when, and why. {@code reason} is null only for moves that
 * need none (activation of a prospect).
 */
public record StatusChange(ClientStatus from, ClientStatus to, EmployeeId by, Instant at, String reason) {
    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
