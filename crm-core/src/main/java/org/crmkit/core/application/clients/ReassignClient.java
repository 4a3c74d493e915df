package org.crmkit.core.application.clients;

import jakarta.validation.constraints.NotNull;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;

/** Hand a client to another responsible employee (the client moves to that employee's department). */
public record ReassignClient(@NotNull ClientId client, @NotNull EmployeeId newOwner) {
}
