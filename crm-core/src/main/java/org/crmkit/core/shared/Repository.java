package org.crmkit.core.shared;

import java.util.Optional;

/**
 * The shape every repository port shares. Each aggregate has its own port (plural noun: {@code Clients},
 * {@code Deals}) that extends this one with its queries.
 *
 * <p>Contract: {@link #save} stores the aggregate if its {@link AggregateRoot#version()} equals the stored
 * version (0 for a new one) and then the stored version is one higher; otherwise it throws
 * {@link ConcurrentModification} and stores nothing. {@link #find} returns an independent copy: changing it
 * changes nothing stored until it is saved.
 */
public interface Repository<A extends AggregateRoot<I>, I> {
    Optional<A> find(I id);

    void save(A aggregate);

    default A get(I id) {
        return find(id).orElseThrow(() -> new RecordNotFound(aggregateName(), id));
    }

    /** The aggregate's name in messages, e.g. "Deal". */
    String aggregateName();
}
