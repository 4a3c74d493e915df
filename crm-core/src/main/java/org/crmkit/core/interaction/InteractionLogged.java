package org.crmkit.core.interaction;

import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;

/** A meeting, call, message or note with a client was logged ({@code at}: when it happened). */
public record InteractionLogged(InteractionId interaction, ClientId client, InteractionKind kind, Instant at, EmployeeId actor, Instant occurredAt)
        implements InteractionEvent {
}
