package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A tag was taken off the client. */
public record ClientUntagged(ClientId client, String tag, EmployeeId actor, Instant occurredAt) implements ClientEvent {
}
