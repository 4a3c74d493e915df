package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.ScopedRecordFilter;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Interactions;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;

/**
 * {@link Interactions} on the crm_interactions tables. The timeline reads one page newest first through the
 * index on (client_id, occurred_at desc, id desc), seeking past the cursor rather than skipping rows.
 */
final class JpaInteractions extends JpaRepository<Interaction, InteractionId, Interaction.Snapshot, InteractionRow>
        implements Interactions {
    // The leading "occurred_at <= :at" is implied by the OR, but the planner can only seek the
    // (client_id, occurred_at desc, id desc) index with it: without it a deep page scans row by row.
    private static final String SEEK =
            " AND r.occurred_at <= :at AND (r.occurred_at < :at OR (r.occurred_at = :at AND r.id < :id))";
    private static final String NEWEST_FIRST = "r.occurred_at DESC, r.id DESC";
    private final InteractionMapper mapper = new InteractionMapperImpl();
    private final InteractionReader reader = new InteractionReader();
    private final ScopedFilterSql access;

    JpaInteractions(UnitOfWork work, Clock clock) {
        this(work, clock, new ScopedFilterSql(Resource.INTERACTION, "EXISTS (SELECT 1 FROM crm_interaction_employees"
                + " ie WHERE ie.interaction_id = r.id AND ie.employee_id = :e)"));
    }

    private JpaInteractions(UnitOfWork work, Clock clock, ScopedFilterSql access) {
        super(work, clock, InteractionRow.class, "crm_interactions", access);
        this.access = access;
    }

    @Override UUID key(InteractionId id) { return id.value(); }
    @Override Interaction.Snapshot snapshot(Interaction a) { return a.snapshot(); }
    @Override Interaction restore(Interaction.Snapshot s, long version) { return Interaction.restore(s, version); }
    @Override Interaction.Snapshot toSnapshot(InteractionRow row) { return mapper.toSnapshot(row); }
    @Override void write(Interaction.Snapshot s, InteractionRow row) { mapper.update(s, row); }
    @Override InteractionRow newRow() { return new InteractionRow(); }
    @Override ProtectedRecord facts(Interaction a) { return AccessFacts.of(a); }
    @Override RowReader<InteractionRow> reader() { return reader; }

    @Override
    public TimelinePage timelineOf(ClientId client, TimelineCursor after, int pageSize) {
        requirePageSize(pageSize);
        return timeline(client, "1=1", new HashMap<>(), after, pageSize);
    }

    @Override
    public TimelinePage timelineOf(ClientId client, RecordFilter filter, TimelineCursor after, int pageSize) {
        requirePageSize(pageSize);
        if (filter instanceof ScopedRecordFilter scoped) {
            Map<String, Object> params = new HashMap<>();
            Optional<String> where = access.where(scoped, params);
            return where.isEmpty() ? new TimelinePage(List.of(), Optional.empty())
                    : timeline(client, where.get(), params, after, pageSize);
        }
        return work.withEntityManager(em -> scannedTimeline(em, client, filter, after, pageSize));
    }

    private TimelinePage timeline(ClientId client, String where, Map<String, Object> params,
                                  TimelineCursor after, int pageSize) {
        String condition = "r.client_id = :client AND " + where;
        params.put("client", client.value());
        if (after != null) {
            condition += SEEK;
            params.put("at", after.occurredAt());
            params.put("id", after.id().value());
        }
        List<Interaction> items = rows(condition, params, NEWEST_FIRST, pageSize + 1);
        return pageOf(items.size() > pageSize ? items.subList(0, pageSize) : items, items.size() > pageSize);
    }

    // A filter SQL cannot express: walk the timeline in chunks and keep what it admits (bounded by MAX_SCAN).
    private TimelinePage scannedTimeline(EntityManager em, ClientId client, RecordFilter filter, TimelineCursor after,
                                         int pageSize) {
        List<Interaction> admitted = new ArrayList<>();
        TimelineCursor cursor = after;
        int scanned = 0;
        while (scanned < MAX_SCAN) {
            TypedQuery<InteractionRow> q = em.createQuery("select r from InteractionRow r where r.links.client = :client"
                    + (cursor == null ? "" : " and (r.occurredAt < :at or (r.occurredAt = :at and r.id < :id))")
                    + " order by r.occurredAt desc, r.id desc", InteractionRow.class);
            q.setParameter("client", client.value());
            if (cursor != null) {
                q.setParameter("at", cursor.occurredAt()).setParameter("id", cursor.id().value());
            }
            List<InteractionRow> chunk = q.setMaxResults(200).getResultList();
            for (InteractionRow row : chunk) {
                scanned++;
                Interaction interaction = toAggregate(row);
                cursor = TimelineCursor.of(interaction);
                if (filter.admits(facts(interaction))) {
                    admitted.add(interaction);
                    if (admitted.size() > pageSize) {
                        return pageOf(admitted.subList(0, pageSize), true);
                    }
                }
            }
            if (chunk.size() < 200) {
                return pageOf(admitted, false);
            }
        }
        return new TimelinePage(admitted, Optional.ofNullable(cursor));
    }

    private static TimelinePage pageOf(List<Interaction> items, boolean more) {
        return new TimelinePage(items, more ? Optional.of(TimelineCursor.of(items.get(items.size() - 1)))
                : Optional.empty());
    }

    private static void requirePageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one interaction");
        }
    }
}
