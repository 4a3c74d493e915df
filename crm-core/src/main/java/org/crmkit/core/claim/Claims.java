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

    /**
     * Hands every open claim's id, stored version and history length to {@code stamp}, in no particular order,
     * without restoring the claims: for a job that revisits all open claims but acts only on those that changed or
     * whose time came (the SLA sweep), and then loads just those with {@link #get}. The stamps are what
     * {@link #get} would have restored at the moment each was read; claims stored or closed while it runs may or
     * may not be visited. The default restores every claim through {@link #forEachOpen}; adapters that can read
     * the three values alone override it.
     */
    default void forEachOpenStamp(OpenClaimStamp stamp) {
        forEachOpen(claim -> stamp.accept(claim.id(), claim.version(), claim.historyLength()));
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
