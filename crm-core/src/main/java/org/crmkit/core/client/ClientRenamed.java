package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The client's display name changed. */
public record ClientRenamed(ClientId client, String previousName, String displayName, EmployeeId actor,
                            Instant occurredAt) implements ClientEvent {
}
