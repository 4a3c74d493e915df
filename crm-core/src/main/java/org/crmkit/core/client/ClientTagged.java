package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A tag was put on the client. */
public record ClientTagged(ClientId client, String tag, EmployeeId actor, Instant occurredAt) implements ClientEvent {
}
