package org.crmkit.examples.demo;

import java.util.Map;
import java.util.TreeMap;

import org.crmkit.core.application.DomainEventListener;
import org.crmkit.core.shared.DomainEvent;

/** Counts the domain events the CRM publishes, by type: what an embedding application would hear. */
final class EventTally implements DomainEventListener {
    private final Map<String, Integer> byType = new TreeMap<>();

    @Override
    public synchronized void on(DomainEvent event) {
        byType.merge(event.type(), 1, Integer::sum);
    }

    synchronized int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Event type → how many were published, sorted by type. */
    synchronized Map<String, Integer> byType() {
        return new TreeMap<>(byType);
    }
}
