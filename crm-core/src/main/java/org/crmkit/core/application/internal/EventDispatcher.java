package org.crmkit.core.application.internal;

import java.util.List;

import org.crmkit.core.application.DomainEventListener;
import org.crmkit.core.shared.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands stored events to the embedding application's listeners; a failing listener never undoes a change. */
public final class EventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final List<DomainEventListener> listeners;

    public EventDispatcher(List<DomainEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public void dispatch(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            for (DomainEventListener listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    LOG.warn("listener {} failed on {} of {}", listener, event.type(), event.aggregateId(), e);
                }
            }
        }
    }
}
