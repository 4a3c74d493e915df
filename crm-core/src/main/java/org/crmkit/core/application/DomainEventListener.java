package org.crmkit.core.application;

import org.crmkit.core.shared.DomainEvent;

/**
 * Port through which the embedding application hears what happened. Called after the change is stored, in the
 * order the events were raised; a listener that throws does not undo the change (it is logged).
 */
@FunctionalInterface
public interface DomainEventListener {
    void on(DomainEvent event);
}
