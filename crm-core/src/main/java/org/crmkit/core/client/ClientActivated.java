package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A prospect became an active client. */
public record ClientActivated(ClientId client, EmployeeId actor, Instant occurredAt) implements ClientEvent {
}
