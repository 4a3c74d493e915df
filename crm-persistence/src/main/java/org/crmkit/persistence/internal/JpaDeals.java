package org.crmkit.persistence.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Deals;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/** {@link Deals} on the crm_deals tables. */
final class JpaDeals extends JpaRepository<Deal, DealId, Deal.Snapshot, DealRow> implements Deals {
    private final DealMapper mapper = new DealMapperImpl();
    private final DealReader reader = new DealReader();

    JpaDeals(UnitOfWork work, Clock clock) {
        super(work, clock, DealRow.class, "crm_deals", new ScopedFilterSql(Resource.DEAL, null));
    }

    @Override UUID key(DealId id) { return id.value(); }
    @Override Deal.Snapshot snapshot(Deal a) { return a.snapshot(); }
    @Override Deal restore(Deal.Snapshot s, long version) { return Deal.restore(s, version); }
    @Override Deal.Snapshot toSnapshot(DealRow row) { return mapper.toSnapshot(row); }
    @Override void write(Deal.Snapshot s, DealRow row) { mapper.update(s, row); }
    @Override DealRow newRow() { return new DealRow(); }
    @Override ProtectedRecord facts(Deal a) { return AccessFacts.of(a); }
    @Override RowReader<DealRow> reader() { return reader; }

    /** The KPI facts, from the same definitions as the in-memory KPIs. */
    @Override
    void derive(Deal deal, DealRow row, EntityManager em) {
        row.openedAt = deal.openedAt();
        row.enteredStages = KpiFacts.enteredStages(deal);
        // Both moments as stored (microseconds), so the fact equals what SQL computes from the two columns.
        row.cycleMicros = deal.closedAt().map(closed -> ChronoUnit.MICROS.between(
                deal.openedAt().truncatedTo(ChronoUnit.MICROS), closed.truncatedTo(ChronoUnit.MICROS))).orElse(null);
        // Money keeps the currency's scale, so moving the point by that scale gives whole smallest units.
        row.weightedUnits = deal.weightedAmount()
                .map(m -> m.amount().movePointRight(Math.max(m.currency().getDefaultFractionDigits(), 0)))
                .orElse(null);
        if (!em.contains(row)) {
            // first save: the client's sector as stored (a deal keeps its client; JpaClients keeps it current)
            row.sector = JpaClients.storedSector(em, deal.client().value());
        }
    }

    @Override
    public List<Deal> ofClient(ClientId client) {
        return select("where r.client = :client order by r.id", "client", client.value());
    }

    @Override
    public List<Deal> ownedBy(EmployeeId owner) {
        return select("where r.owner = :owner order by r.id", "owner", owner.value());
    }

    @Override
    public List<Deal> all() {
        return select("order by r.id");
    }

    @Override
    public Page<Deal> list(RecordFilter filter, PageRequest page) {
        return page(filter, page);
    }

    @Override
    public List<Deal> ofClient(ClientId client, RecordFilter filter) {
        return filtered(filter, "r.client_id = :client", Map.of("client", client.value()), "r.id",
                c -> ofClient(client));
    }
}
