package org.crmkit.core.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The empty share table behind {@link Shares#none()}. */
enum NoShares implements Shares {
    INSTANCE;

    @Override
    public void add(Share share) {
        throw new UnsupportedOperationException("this policy does not support sharing");
    }

    @Override
    public void remove(Share share) {
    }

    @Override
    public List<Share> of(UUID recordId) {
        return List.of();
    }

    @Override
    public Set<UUID> recordsSharedWith(Grantee grantee, Permission permission) {
        return Set.of();
    }
}
