package org.crmkit.core.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Port for the table of explicit shares (record id, resource, grantee, action). Kept small on purpose: shares are
 * exceptions to the scope rules, not a materialised list of everyone who may see each record. Implementations
 * are thread-safe; the sets returned are snapshots.
 */
public interface Shares {
    void add(Share share);

    void remove(Share share);

    /** Every share of one record. */
    List<Share> of(UUID recordId);

    /** Ids of the records shared with this grantee for this permission. */
    Set<UUID> recordsSharedWith(Grantee grantee, Permission permission);

    /** A table that holds no shares and refuses new ones (for policies without sharing). */
    static Shares none() {
        return NoShares.INSTANCE;
    }
}
