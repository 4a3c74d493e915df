package org.crmkit.core.claim;

import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.Repository;

/** Repository port for claims; every list is ordered by registration time, then id. */
public interface Claims extends Repository<Claim, ClaimId> {
    List<Claim> ofClient(ClientId client);

    /** Claims still owed to the customer (see {@link Claim#isOpen()}). */
    List<Claim> open();

    List<Claim> all();

    @Override
    default String aggregateName() {
        return "Claim";
    }
}
