package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Service to an active client was suspended, with the reason why. */
public record ClientSuspended(ClientId client, String reason, EmployeeId actor, Instant occurredAt)
        implements ClientEvent {
}
