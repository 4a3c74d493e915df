package org.crmkit.core.internal.memory;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.crmkit.core.access.Grantee;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Share;
import org.crmkit.core.access.Shares;

/**
 * In-memory {@link Shares}, indexed both ways: by record (for single decisions) and by grantee and permission
 * (for list filters). Each index entry is an immutable set replaced on change, so readers get snapshots
 * without locking.
 */
public final class InMemoryShares implements Shares {
    private record GranteePermission(Grantee grantee, Permission permission) {
    }

    private final ConcurrentHashMap<UUID, List<Share>> byRecord = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<GranteePermission, Set<UUID>> byGrantee = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Share share) {
        Objects.requireNonNull(share, "share");
        byRecord.merge(share.recordId(), List.of(share), (old, add) -> old.contains(share) ? old : concat(old, share));
        byGrantee.merge(key(share), Set.of(share.recordId()), (old, add) -> with(old, share.recordId()));
    }

    @Override
    public synchronized void remove(Share share) {
        byRecord.computeIfPresent(share.recordId(), (id, old) -> {
            List<Share> left = old.stream().filter(s -> !s.equals(share)).toList();
            return left.isEmpty() ? null : left;
        });
        boolean stillShared = of(share.recordId()).stream()
                .anyMatch(s -> s.grantee().equals(share.grantee()) && s.permission().equals(share.permission()));
        if (!stillShared) {
            byGrantee.computeIfPresent(key(share), (k, old) -> {
                Set<UUID> left = Set.copyOf(old.stream().filter(id -> !id.equals(share.recordId())).toList());
                return left.isEmpty() ? null : left;
            });
        }
    }

    @Override
    public List<Share> of(UUID recordId) {
        return byRecord.getOrDefault(recordId, List.of());
    }

    @Override
    public Set<UUID> recordsSharedWith(Grantee grantee, Permission permission) {
        return byGrantee.getOrDefault(new GranteePermission(grantee, permission), Set.of());
    }

    public int size() {
        return byRecord.values().stream().mapToInt(List::size).sum();
    }

    private static GranteePermission key(Share share) {
        return new GranteePermission(share.grantee(), share.permission());
    }

    private static List<Share> concat(List<Share> old, Share share) {
        Share[] all = old.toArray(new Share[old.size() + 1]);
        all[old.size()] = share;
        return List.of(all);
    }

    private static Set<UUID> with(Set<UUID> old, UUID id) {
        if (old.contains(id)) {
            return old;
        }
        UUID[] all = old.toArray(new UUID[old.size() + 1]);
        all[old.size()] = id;
        return Set.of(all);
    }

}
