package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** A new client was taken on as a prospect. */
public record ClientOnboarded(ClientId client, ClientKind kind, String displayName, EmployeeId owner,
                              DepartmentId department, EmployeeId actor, Instant occurredAt) implements ClientEvent {
}
