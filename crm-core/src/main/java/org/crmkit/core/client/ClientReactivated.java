package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** Service to a suspended client was resumed, with the reason why. */
public record ClientReactivated(ClientId client, String reason, EmployeeId actor, Instant occurredAt)
        implements ClientEvent {
}
