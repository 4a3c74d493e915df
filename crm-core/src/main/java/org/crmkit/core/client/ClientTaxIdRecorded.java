package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.TaxId;

/** A tax id of the client was recorded, replacing any earlier one of the same kind. */
public record ClientTaxIdRecorded(ClientId client, TaxId taxId, EmployeeId actor, Instant occurredAt)
        implements ClientEvent {
}
