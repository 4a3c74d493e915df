package org.crmkit.core.application.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crmkit.core.client.ClientId;

/** Suspend, reactivate or off-board a client: each needs a reason, kept in the client's history. */
public record ChangeClientStatus(@NotNull ClientId client, @NotBlank @Size(max = 1000) String reason) {
}
