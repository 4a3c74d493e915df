package org.crmkit.core.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One page of a keyset-paged list, with the key to ask for the next one (empty on the last page). */
public record Page<T>(List<T> items, Optional<UUID> next) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    public PageRequest nextRequest(int size) {
        return new PageRequest(next.orElseThrow(), size);
    }
}
