package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The client was moved to another market segment ({@code previous} is null when it had none). */
public record ClientSegmentChanged(ClientId client, Segment previous, Segment segment, EmployeeId actor,
                                   Instant occurredAt) implements ClientEvent {
}
