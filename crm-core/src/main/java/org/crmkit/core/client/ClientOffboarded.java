package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** A client was taken off service for good; {@code from} is the status it left. */
public record ClientOffboarded(ClientId client, ClientStatus from, String reason, EmployeeId actor, Instant occurredAt)
        implements ClientEvent {
}
