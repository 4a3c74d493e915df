package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The client was linked to its record in another system. */
public record ClientExternalIdLinked(ClientId client, ExternalId externalId, EmployeeId actor, Instant occurredAt)
        implements ClientEvent {
}
