package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;

/**
 * A thread-safe in-memory repository that stores immutable snapshots, never the live aggregate: a caller that
 * changes a loaded aggregate and then fails changes nothing stored, exactly as with a database. Saving checks
 * the version atomically, so concurrent writers get {@link ConcurrentModification} instead of a lost update.
 *
 * @param <A> the aggregate
 * @param <I> its id
 * @param <S> its snapshot record
 */
public class InMemoryRepository<A extends AggregateRoot<I>, I, S> implements Repository<A, I> {
    private record Row<S>(S snapshot, long version) {
    }

    private final String aggregateName;
    private final Function<A, S> snapshot;
    private final BiFunction<S, Long, A> restore;
    private final ConcurrentHashMap<I, Row<S>> rows = new ConcurrentHashMap<>();

    public InMemoryRepository(String aggregateName, Function<A, S> snapshot, BiFunction<S, Long, A> restore) {
        this.aggregateName = Objects.requireNonNull(aggregateName);
        this.snapshot = Objects.requireNonNull(snapshot);
        this.restore = Objects.requireNonNull(restore);
    }

    @Override
    public Optional<A> find(I id) {
        Row<S> row = rows.get(id);
        return row == null ? Optional.empty() : Optional.of(restore.apply(row.snapshot(), row.version()));
    }

    @Override
    public void save(A aggregate) {
        S state = snapshot.apply(aggregate);
        long expected = aggregate.version();
        rows.compute(aggregate.id(), (id, stored) -> {
            long actual = stored == null ? 0 : stored.version();
            if (actual != expected) {
                throw new ConcurrentModification(aggregateName, id, expected, actual);
            }
            return new Row<>(state, expected + 1);
        });
    }

    @Override
    public String aggregateName() {
        return aggregateName;
    }

    /** The stored version of an aggregate, 0 when absent. */
    public long storedVersion(I id) {
        Row<S> row = rows.get(id);
        return row == null ? 0 : row.version();
    }

    /** All stored aggregates matching the predicate, restored, in the given order. */
    protected List<A> select(Predicate<A> where, Comparator<A> order) {
        return stream().filter(where).sorted(order).toList();
    }

    /**
     * One keyset page of the aggregates the predicate admits, ordered by id. The predicate is applied while
     * scanning, before paging, so a page is always full when enough permitted records exist.
     */
    protected Page<A> page(Predicate<A> where, Function<A, UUID> key, PageRequest request) {
        List<A> items = stream()
                .filter(a -> request.after() == null || key.apply(a).compareTo(request.after()) > 0)
                .filter(where)
                .sorted(Comparator.comparing(key))
                .limit(request.size() + 1L)
                .toList();
        if (items.size() <= request.size()) {
            return new Page<>(items, Optional.empty());
        }
        List<A> shown = items.subList(0, request.size());
        return new Page<>(shown, Optional.of(key.apply(shown.get(shown.size() - 1))));
    }

    /** What {@link #forEachStored} hands out: a stored snapshot and its version, nothing restored. */
    @FunctionalInterface
    protected interface StoredVisitor<S> {
        void visit(S snapshot, long version);
    }

    /** Hands every stored snapshot with its version to {@code visitor}, in no order, restoring nothing. */
    protected void forEachStored(StoredVisitor<? super S> visitor) {
        for (Row<S> row : rows.values()) {
            visitor.visit(row.snapshot(), row.version());
        }
    }

    protected Stream<A> stream() {
        return rows.values().stream().map(row -> restore.apply(row.snapshot(), row.version()));
    }

    public int size() {
        return rows.size();
    }
}
