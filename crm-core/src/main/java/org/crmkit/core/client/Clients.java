package org.crmkit.core.client;

import java.util.List;
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

    @Override
    default String aggregateName() {
        return "Client";
    }
}
