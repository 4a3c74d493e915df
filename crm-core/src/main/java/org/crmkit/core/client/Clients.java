package org.crmkit.core.client;

import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import java.util.Optional;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Repository;

/** Repository port for clients. */
public interface Clients extends Repository<Client, ClientId> {
    /** The client linked to this key in the external system: how an import finds a client it already knows. */
    Optional<Client> findByExternalId(ExternalId externalId);

    /** Every client, ordered by id. */
    List<Client> all();

    /** The clients this employee answers for, ordered by id. */
    List<Client> ownedBy(EmployeeId owner);

    /**
     * The clients the filter admits, keyset-paged by id. The adapter applies the filter while it reads
     * (in SQL: in the WHERE clause), never after loading.
     */
    Page<Client> list(RecordFilter filter, PageRequest page);

    @Override
    default String aggregateName() {
        return "Client";
    }
}
