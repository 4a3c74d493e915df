package org.crmkit.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The consistency boundary every aggregate shares: an identity, a version for optimistic locking, and the
 * events raised by changes not yet stored. Aggregates reference each other only by id.
 *
 * @param <I> the typed id
 */
public abstract class AggregateRoot<I> {
    private final I id;
    private final long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    protected AggregateRoot(I id, long version) {
        this.id = Objects.requireNonNull(id, "id");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    public final I id() {
        return id;
    }

    /**
     * The stored version this instance was loaded at (0 for a new aggregate). A repository refuses to store
     * the aggregate when the stored version has moved on since: that is how concurrent writers are detected.
     */
    public final long version() {
        return version;
    }

    protected final void raise(DomainEvent event) {
        pendingEvents.add(Objects.requireNonNull(event));
    }

    /** Events raised since the aggregate was loaded, oldest first. */
    public final List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** Hands the pending events to the caller (who publishes them after commit) and forgets them. */
    public final List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }
}
