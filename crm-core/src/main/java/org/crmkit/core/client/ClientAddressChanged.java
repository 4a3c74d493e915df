package org.crmkit.core.client;

import java.time.Instant;

import org.crmkit.core.shared.Address;
import org.crmkit.core.shared.EmployeeId;

/** The client's address changed. */
public record ClientAddressChanged(ClientId client, Address address, EmployeeId actor, Instant occurredAt)
        implements ClientEvent {
}
