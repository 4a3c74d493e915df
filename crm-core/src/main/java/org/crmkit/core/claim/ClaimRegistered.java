package org.crmkit.core.claim;

import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;

/** A customer complaint, reclamation or service appeal was registered. */
public record ClaimRegistered(ClaimId claim, ClientId client, ClaimChannel channel, ClaimCategory category, Severity severity, String subject, EmployeeId actor, Instant occurredAt)
        implements ClaimEvent {
}
