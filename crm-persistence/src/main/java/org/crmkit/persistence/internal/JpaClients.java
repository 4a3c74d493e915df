package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.Clients;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.application.clients.ExternalIdTaken;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/** {@link Clients} on the crm_clients tables. */
final class JpaClients extends JpaRepository<Client, ClientId, Client.Snapshot, ClientRow> implements Clients {
    private final ClientMapper mapper = new ClientMapperImpl();

    JpaClients(UnitOfWork work, Clock clock) {
        super(work, clock, ClientRow.class, "crm_clients", new ScopedFilterSql(Resource.CLIENT, null));
    }

    @Override UUID key(ClientId id) { return id.value(); }
    @Override Client.Snapshot snapshot(Client a) { return a.snapshot(); }
    @Override Client restore(Client.Snapshot s, long version) { return Client.restore(s, version); }
    @Override Client.Snapshot toSnapshot(ClientRow row) { return mapper.toSnapshot(row); }
    @Override void write(Client.Snapshot s, ClientRow row) { mapper.update(s, row); }
    @Override ClientRow newRow() { return new ClientRow(); }
    @Override ProtectedRecord facts(Client a) { return AccessFacts.of(a); }

    /**
     * KPI fact: every deal of the client carries its sector ({@link KpiFacts#sector}, migration V6_1), set here in
     * the saving transaction whenever it differs (a tag change; nothing for a new client, which has no deals).
     */
    @Override
    void derive(Client client, ClientRow row, EntityManager em) {
        Optional<String> sector = KpiFacts.sector(client);
        var update = em.createNativeQuery(sector.isEmpty()
                        ? "UPDATE crm_deals SET sector = NULL WHERE client_id = :c AND sector IS NOT NULL"
                        : "UPDATE crm_deals SET sector = :s WHERE client_id = :c AND (sector IS NULL OR sector <> :s)")
                .setParameter("c", client.id().value())
                // no auto-flush: the client row's own changes are flushed once by store(), raising the version once
                .setFlushMode(FlushModeType.COMMIT);
        sector.ifPresent(s -> update.setParameter("s", s));
        update.executeUpdate();
    }

    /**
     * The sector of a stored client by {@link KpiFacts#sector}'s rule (its least 'sector:' tag in Java's order),
     * or null.
     */
    static String storedSector(EntityManager em, UUID client) {
        List<?> tags = em.createNativeQuery("SELECT t.tag FROM crm_client_tags t"
                        + " WHERE t.client_id = :c AND t.tag LIKE 'sector:%'").setParameter("c", client)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return tags.stream().map(t -> ((String) t).substring(KpiFacts.SECTOR_TAG.length())).sorted().findFirst()
                .orElse(null);
    }

    @Override
    public Optional<Client> findByExternalId(ExternalId externalId) {
        return select("join r.externalIds x where x.system = :system and x.key = :key order by r.id",
                "system", externalId.system(), "key", externalId.key()).stream().findFirst();
    }

    /**
     * A key of an external system names one client (constraint crm_client_external_ids_unique). When the database
     * refuses a save for it — two sessions onboarding the same key at once, both past the use case's check — the
     * loser gets the same {@link ExternalIdTaken} the check gives, naming the committed holder. PostgreSQL and H2
     * make the second insert wait for the first transaction, so the holder is committed when this runs; should it
     * be gone after all, the save is reported as a concurrent modification (a retry meets the use case's check).
     */
    @Override
    RuntimeException uniqueConflict(Client client, RuntimeException failure) {
        if (!Failures.isUniqueViolation(failure)) {
            return null;
        }
        UUID self = client.id().value();
        for (ExternalId key : client.externalIds().values()) {
            List<?> holders = committed(em -> em.createNativeQuery("SELECT client_id FROM crm_client_external_ids"
                            + " WHERE ext_system = :system AND ext_key = :key AND client_id <> :self")
                    .setParameter("system", key.system()).setParameter("key", key.key()).setParameter("self", self)
                    .getResultList());
            if (!holders.isEmpty()) {
                return new ExternalIdTaken(key, new ClientId(ScopedFilterSql.uuid(holders.get(0))));
            }
        }
        return new ConcurrentModification(aggregateName(), client.id(), client.version(), storedVersion(self));
    }

    @Override
    public List<Client> all() {
        return select("order by r.id");
    }

    @Override
    public List<Client> ownedBy(EmployeeId owner) {
        return select("where r.owner = :owner order by r.id", "owner", owner.value());
    }

    @Override
    public Page<Client> list(RecordFilter filter, PageRequest page) {
        return page(filter, page);
    }
}
