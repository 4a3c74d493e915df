package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.internal.ProtectedRecords;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Claims;
import org.crmkit.core.claim.OpenClaimStamp;
import org.crmkit.core.client.ClientId;

/** In-memory {@link Claims}. */
public final class InMemoryClaims extends InMemoryRepository<Claim, ClaimId, Claim.Snapshot> implements Claims {
    private static final Comparator<Claim> BY_REGISTRATION = Comparator.comparing(Claim::registeredAt)
            .thenComparing(c -> c.id().value());

    public InMemoryClaims() {
        super("Claim", Claim::snapshot, Claim::restore);
    }

    @Override
    public List<Claim> ofClient(ClientId client) {
        return select(c -> c.client().equals(client), BY_REGISTRATION);
    }

    @Override
    public List<Claim> open() {
        return select(Claim::isOpen, BY_REGISTRATION);
    }

    /** Without the sort {@link #open()} needs, which would cost more than restoring the claims. */
    @Override
    public void forEachOpen(Consumer<? super Claim> action) {
        stream().filter(Claim::isOpen).forEach(action);
    }

    /** Read off the stored snapshots: no claim is restored. */
    @Override
    public void forEachOpenStamp(OpenClaimStamp stamp) {
        forEachStored((claim, version) -> {
            if (claim.status().isOpen()) {
                stamp.accept(claim.id(), version, claim.history().size());
            }
        });
    }

    @Override
    public List<Claim> all() {
        return select(c -> true, BY_REGISTRATION);
    }

    @Override
    public Page<Claim> list(RecordFilter filter, PageRequest page) {
        return page(a -> filter.admits(ProtectedRecords.of(a)), a -> a.id().value(), page);
    }

    @Override
    public List<Claim> ofClient(ClientId client, RecordFilter filter) {
        return ofClient(client).stream().filter(a -> filter.admits(ProtectedRecords.of(a))).toList();
    }
}
