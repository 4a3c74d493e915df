package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import java.util.Optional;

import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.Clients;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.shared.EmployeeId;

/** In-memory {@link Clients}. */
public final class InMemoryClients extends InMemoryRepository<Client, ClientId, Client.Snapshot> implements Clients {
    private static final Comparator<Client> BY_ID = Comparator.comparing(c -> c.id().value());

    public InMemoryClients() {
        super("Client", Client::snapshot, Client::restore);
    }

    @Override
    public Optional<Client> findByExternalId(ExternalId externalId) {
        // Should two clients ever share a key (the application failed to check), the oldest one wins, every time.
        return select(c -> c.externalId(externalId.system()).filter(externalId::equals).isPresent(), BY_ID)
                .stream().findFirst();
    }

    @Override
    public List<Client> all() {
        return select(c -> true, BY_ID);
    }

    @Override
    public List<Client> ownedBy(EmployeeId owner) {
        return select(c -> c.owner().equals(owner), BY_ID);
    }

    @Override
    public Page<Client> list(RecordFilter filter, PageRequest page) {
        return page(a -> filter.admits(ProtectedRecords.of(a)), a -> a.id().value(), page);
    }
}
