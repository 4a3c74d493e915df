package org.crmkit.core.application;

import java.util.List;

import org.crmkit.core.shared.DomainEvent;

/**
 * Port that receives the events of a use case inside its unit of work, before listeners hear of them. The
 * persistence module writes them to an outbox table in the same transaction (the integration point for
 * Debezium or a poller); the in-memory default keeps them in a list.
 */
@FunctionalInterface
public interface Outbox {
    void append(List<DomainEvent> events);
}
