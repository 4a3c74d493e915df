package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Deals;
import org.crmkit.core.shared.EmployeeId;

/** In-memory {@link Deals}. */
public final class InMemoryDeals extends InMemoryRepository<Deal, DealId, Deal.Snapshot> implements Deals {
    private static final Comparator<Deal> BY_ID = Comparator.comparing(d -> d.id().value());

    public InMemoryDeals() {
        super("Deal", Deal::snapshot, Deal::restore);
    }

    @Override
    public List<Deal> ofClient(ClientId client) {
        return select(d -> d.client().equals(client), BY_ID);
    }

    @Override
    public List<Deal> ownedBy(EmployeeId owner) {
        return select(d -> d.owner().equals(owner), BY_ID);
    }

    @Override
    public List<Deal> all() {
        return select(d -> true, BY_ID);
    }
}
