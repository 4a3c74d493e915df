package org.crmkit.core.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * A past-tense fact about one aggregate. Events are immutable records collected by the aggregate and
 * published by the application after the change is stored; there is no global publisher.
 */
public interface DomainEvent {
    /** The id of the aggregate the event is about: events of one aggregate are delivered in order. */
    UUID aggregateId();

    /** When it happened, from the injected clock. */
    Instant occurredAt();

    /** Who caused it. */
    EmployeeId actor();

    /** A stable name for integration (the outbox stores it): the simple class name by default. */
    default String type() {
        return getClass().getSimpleName();
    }
}
