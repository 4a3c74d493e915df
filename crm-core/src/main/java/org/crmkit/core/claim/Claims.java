package org.crmkit.core.claim;

import java.util.List;
import java.util.function.Consumer;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.Repository;

/** Repository port for claims; every list is ordered by registration time, then id. */
public interface Claims extends Repository<Claim, ClaimId> {
    List<Claim> ofClient(ClientId client);

    /** Claims still owed to the customer (see {@link Claim#isOpen()}). */
    List<Claim> open();

    /**
     * Hands every open claim to {@code action}, in no particular order, without collecting them: for a job that
     * visits all of them (the SLA sweep) and needs neither a list nor an order. Claims stored or closed while it
     * runs may or may not be visited.
     */
    default void forEachOpen(Consumer<? super Claim> action) {
        open().forEach(action);
    }

    List<Claim> all();

    /** The claims the filter admits, keyset-paged by id; the filter is applied while reading. */
    Page<Claim> list(RecordFilter filter, PageRequest page);

    /** The claims of this client that the filter admits, in this port's order. */
    List<Claim> ofClient(ClientId client, RecordFilter filter);

    @Override
    default String aggregateName() {
        return "Claim";
    }
}
