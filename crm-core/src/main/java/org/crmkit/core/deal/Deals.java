package org.crmkit.core.deal;

import java.util.List;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Repository;

/** Repository port for deals. Lists are ordered by deal id (time-ordered, so oldest first). */
public interface Deals extends Repository<Deal, DealId> {
    List<Deal> ofClient(ClientId client);

    List<Deal> ownedBy(EmployeeId owner);

    List<Deal> all();

    /**
     * The deals the filter admits, keyset-paged by id. The adapter applies the filter while it reads
     * (in SQL: in the WHERE clause), never after loading.
     */
    Page<Deal> list(RecordFilter filter, PageRequest page);

    /** The deals of this client that the filter admits, ordered by id. */
    List<Deal> ofClient(ClientId client, RecordFilter filter);

    @Override
    default String aggregateName() {
        return "Deal";
    }
}
