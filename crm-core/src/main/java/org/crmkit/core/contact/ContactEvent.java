package org.crmkit.core.contact;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** A fact about one contact person; listeners can subscribe to this type to hear about every contact change. */
public interface ContactEvent extends DomainEvent {
    ContactId contact();

    @Override
    default UUID aggregateId() {
        return contact().value();
    }
}
