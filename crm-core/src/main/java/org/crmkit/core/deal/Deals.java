package org.crmkit.core.deal;

import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Repository;

/** Repository port for deals. Lists are ordered by deal id (time-ordered, so oldest first). */
public interface Deals extends Repository<Deal, DealId> {
    List<Deal> ofClient(ClientId client);

    List<Deal> ownedBy(EmployeeId owner);

    List<Deal> all();

    @Override
    default String aggregateName() {
        return "Deal";
    }
}
