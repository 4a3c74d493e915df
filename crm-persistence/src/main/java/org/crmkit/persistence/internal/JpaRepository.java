package org.crmkit.persistence.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.ScopedRecordFilter;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;

/**
 * The part every JPA repository shares: load through the mapper and {@code restore}, save with the version check
 * and audit columns, and read filtered lists in SQL.
 *
 * <p>Saving: the stored row must be at the aggregate's version (else {@link ConcurrentModification}, nothing
 * written); the row is updated through the mapper and flushed at once, so a writer that committed in between is
 * caught by Hibernate's {@code WHERE version = ?} and reported as the same typed exception. A save that changes
 * nothing still moves the version on (the contract says every save does), by a forced increment.
 *
 * <p>Who and when for the audit columns come from the aggregate's pending events (the last one: the change being
 * stored); a save without events (a restore or migration) is stamped by the system at the clock's time.
 */
abstract class JpaRepository<A extends AggregateRoot<I>, I, S, R extends AggregateRow> implements Repository<A, I> {
    /** How many rows a filter that SQL cannot express may scan for one page before returning a short one. */
    static final int MAX_SCAN = 10_000;
    private static final int SCAN_CHUNK = 200;

    final UnitOfWork work;
    private final Clock clock;
    private final Class<R> rowType;
    private final String table;
    private final ScopedFilterSql access;

    JpaRepository(UnitOfWork work, Clock clock, Class<R> rowType, String table, ScopedFilterSql access) {
        this.work = work;
        this.clock = clock;
        this.rowType = rowType;
        this.table = table;
        this.access = access;
    }

    abstract UUID key(I id);

    abstract S snapshot(A aggregate);

    abstract A restore(S snapshot, long version);

    abstract S toSnapshot(R row);

    abstract void write(S snapshot, R row);

    abstract R newRow();

    /** What access control sees of the aggregate (for filters evaluated in memory). */
    ProtectedRecord facts(A aggregate) {
        throw new UnsupportedOperationException(aggregateName() + " has no record filter");
    }

    /** Columns derived from the aggregate rather than its snapshot (access columns, paths). */
    void derive(A aggregate, R row, EntityManager em) {
    }

    @Override
    public Optional<A> find(I id) {
        return work.withEntityManager(em -> Optional.ofNullable(em.find(rowType, key(id))).map(this::toAggregate));
    }

    A toAggregate(R row) {
        return restore(toSnapshot(row), row.aggregateVersion());
    }

    @Override
    public void save(A aggregate) {
        work.withEntityManager(em -> {
            store(em, aggregate);
            return null;
        });
    }

    private void store(EntityManager em, A aggregate) {
        UUID id = key(aggregate.id());
        long expected = aggregate.version();
        R row = em.find(rowType, id);
        Instant at = lastEvent(aggregate).map(DomainEvent::occurredAt).orElseGet(clock::instant);
        UUID by = lastEvent(aggregate).map(DomainEvent::actor).orElse(EmployeeId.SYSTEM).value();
        if (row == null) {
            if (expected != 0) {
                throw new ConcurrentModification(aggregateName(), aggregate.id(), expected, 0);
            }
            row = newRow();
            write(snapshot(aggregate), row);
            derive(aggregate, row, em);
            row.rowCreatedAt = at;
            row.rowCreatedBy = by;
            row.rowUpdatedAt = at;
            row.rowUpdatedBy = by;
            try {
                em.persist(row);
                em.flush();
            } catch (RuntimeException e) {
                throw concurrentInsertOr(e, aggregate, expected);
            }
            return;
        }
        if (row.aggregateVersion() != expected) {
            throw new ConcurrentModification(aggregateName(), aggregate.id(), expected, row.aggregateVersion());
        }
        long before = row.version;
        write(snapshot(aggregate), row);
        derive(aggregate, row, em);
        row.rowUpdatedAt = at;
        row.rowUpdatedBy = by;
        try {
            em.flush();
            if (row.version == before) {
                em.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        } catch (RuntimeException e) {
            RuntimeException conflict = uniqueConflict(aggregate, e);
            if (conflict != null) {
                throw conflict;
            }
            RuntimeException translated = Failures.translate(e);
            if (translated instanceof ConcurrentModification) {
                throw new ConcurrentModification(aggregateName(), aggregate.id(), expected, storedVersion(id));
            }
            throw translated;
        }
    }

    private RuntimeException concurrentInsertOr(RuntimeException e, A aggregate, long expected) {
        long stored = storedVersion(key(aggregate.id()));
        if (stored > 0) {
            return new ConcurrentModification(aggregateName(), aggregate.id(), expected, stored);
        }
        RuntimeException conflict = uniqueConflict(aggregate, e);
        return conflict != null ? conflict : Failures.translate(e);
    }

    /**
     * The domain error for a unique constraint of this aggregate's tables that the database reported while
     * saving it (the failed transaction is not used: look-ups go through {@link #committed}), or null when the
     * failure is something else. Repositories whose tables carry business keys override it.
     */
    RuntimeException uniqueConflict(A aggregate, RuntimeException failure) {
        return null;
    }

    /** Runs a read on committed data outside the current (possibly failed) transaction. */
    <T> T committed(Function<EntityManager, T> read) {
        EntityManager fresh = work.factory().createEntityManager();
        try {
            return read.apply(fresh);
        } finally {
            fresh.close();
        }
    }

    /** The committed version, read outside the failed transaction (0 when absent). */
    long storedVersion(UUID id) {
        EntityManager fresh = work.factory().createEntityManager();
        try {
            List<?> versions = fresh.createNativeQuery("SELECT version FROM " + table + " WHERE id = :id")
                    .setParameter("id", id).getResultList();
            return versions.isEmpty() ? 0 : ((Number) versions.get(0)).longValue() + 1;
        } finally {
            fresh.close();
        }
    }

    private static Optional<DomainEvent> lastEvent(AggregateRoot<?> aggregate) {
        List<DomainEvent> events = aggregate.pendingEvents();
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** Aggregates selected by a JPQL query on alias {@code r} of this row type. */
    List<A> select(String whereAndOrder, Object... namedParams) {
        return work.withEntityManager(em -> {
            TypedQuery<R> q = em.createQuery("select r from " + rowType.getSimpleName() + " r " + whereAndOrder,
                    rowType);
            for (int i = 0; i < namedParams.length; i += 2) {
                q.setParameter((String) namedParams[i], namedParams[i + 1]);
            }
            return q.getResultList().stream().map(this::toAggregate).toList();
        });
    }

    /**
     * One keyset page by id of the records the filter admits. A {@link ScopedRecordFilter} runs in the WHERE
     * clause; any other filter is applied in memory to a scan in id order of at most {@link #MAX_SCAN} rows (a
     * page may then come back short, with a next key to continue from).
     */
    Page<A> page(RecordFilter filter, PageRequest request) {
        if (!(filter instanceof ScopedRecordFilter scoped)) {
            return work.withEntityManager(em -> scanPage(em, filter, request));
        }
        Map<String, Object> params = new HashMap<>();
        Optional<String> where = access.where(scoped, params);
        if (where.isEmpty()) {
            return new Page<>(List.of(), Optional.empty());
        }
        String condition = where.get();
        if (request.after() != null) {
            condition += " AND r.id > :after";
            params.put("after", request.after());
        }
        List<A> items = rows(condition, params, "r.id", request.size() + 1);
        return pageOf(items, items.size() > request.size(), request.size());
    }

    private Page<A> scanPage(EntityManager em, RecordFilter filter, PageRequest request) {
        List<A> admitted = new ArrayList<>();
        UUID after = request.after();
        int scanned = 0;
        while (scanned < MAX_SCAN) {
            TypedQuery<R> q = em.createQuery("select r from " + rowType.getSimpleName() + " r"
                    + (after == null ? "" : " where r.id > :after") + " order by r.id", rowType);
            if (after != null) {
                q.setParameter("after", after);
            }
            List<R> chunk = q.setMaxResults(SCAN_CHUNK).getResultList();
            for (R row : chunk) {
                scanned++;
                after = row.id;
                A aggregate = toAggregate(row);
                if (filter.admits(facts(aggregate))) {
                    admitted.add(aggregate);
                    if (admitted.size() > request.size()) {
                        return pageOf(admitted, true, request.size());
                    }
                }
            }
            if (chunk.size() < SCAN_CHUNK) {
                return pageOf(admitted, false, request.size());
            }
        }
        // Scan bound reached: hand back what was found and where to continue.
        return new Page<>(admitted, Optional.of(after));
    }

    private Page<A> pageOf(List<A> items, boolean more, int size) {
        if (!more) {
            return new Page<>(items, Optional.empty());
        }
        List<A> shown = items.subList(0, Math.min(size, items.size()));
        return new Page<>(shown, Optional.of(key(shown.get(shown.size() - 1).id())));
    }

    /**
     * The records the filter admits among those matching an extra SQL condition on alias {@code r}, in the given
     * SQL order. Other filters: the extra condition's rows, filtered in memory (they are one client's records).
     */
    List<A> filtered(RecordFilter filter, String condition, Map<String, Object> conditionParams, String orderBy,
                     Function<String, List<A>> unfiltered) {
        if (!(filter instanceof ScopedRecordFilter scoped)) {
            return unfiltered.apply(condition).stream().filter(a -> filter.admits(facts(a))).toList();
        }
        Map<String, Object> params = new HashMap<>(conditionParams);
        Optional<String> where = access.where(scoped, params);
        if (where.isEmpty()) {
            return List.of();
        }
        return rows(condition + " AND " + where.get(), params, orderBy, Integer.MAX_VALUE);
    }

    /**
     * The aggregates whose rows match the condition (alias {@code r}, named parameters), in SQL order, at most
     * {@code max}: read by the aggregate's {@link RowReader} (two statements, nothing managed) when it has one, else
     * loaded through Hibernate (the ids, then the entities). Outside a use case the reader runs without a
     * transaction ({@link UnitOfWork#read}).
     */
    List<A> rows(String condition, Map<String, Object> params, String orderBy, int max) {
        RowReader<R> reader = reader();
        if (reader == null) {
            return work.withEntityManager(em -> load(em, ids(em, "SELECT r.id FROM " + table + " r WHERE " + condition
                    + " ORDER BY " + orderBy, params, max)));
        }
        List<R> rows = work.read(c -> reader.read(c, condition, params, orderBy, max));
        List<A> aggregates = new ArrayList<>(rows.size());
        for (R row : rows) {
            aggregates.add(toAggregate(row));
        }
        return aggregates;
    }

    /** How lists read this aggregate's rows with plain JDBC, or null to load them through Hibernate. */
    RowReader<R> reader() {
        return null;
    }

    static List<UUID> ids(EntityManager em, String sql, Map<String, Object> params, int max) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        if (max != Integer.MAX_VALUE) {
            q.setMaxResults(max);
        }
        List<?> rows = q.getResultList();
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ids.add(ScopedFilterSql.uuid(row instanceof Object[] cols ? cols[0] : row));
        }
        return ids;
    }

    /** Loads rows by id and returns the aggregates in the order of the ids. */
    List<A> load(EntityManager em, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, R> byId = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            em.createQuery("select r from " + rowType.getSimpleName() + " r where r.id in :ids", rowType)
                    .setParameter("ids", slice).getResultList().forEach(r -> byId.put(r.id, r));
        }
        return ids.stream().map(byId::get).map(this::toAggregate).toList();
    }
}
