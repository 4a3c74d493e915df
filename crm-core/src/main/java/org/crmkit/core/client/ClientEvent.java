package org.crmkit.core.client;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** A fact about one client; listeners can subscribe to this type to hear about every client change. */
public interface ClientEvent extends DomainEvent {
    ClientId client();

    @Override
    default UUID aggregateId() {
        return client().value();
    }
}
