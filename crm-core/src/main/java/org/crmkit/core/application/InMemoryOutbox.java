package org.crmkit.core.application;

import java.util.ArrayList;
import java.util.List;

import org.crmkit.core.shared.DomainEvent;

/** The embedded default {@link Outbox}: keeps every event in memory, in order, for inspection. Thread-safe. */
public final class InMemoryOutbox implements Outbox {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(List<DomainEvent> batch) {
        events.addAll(batch);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
