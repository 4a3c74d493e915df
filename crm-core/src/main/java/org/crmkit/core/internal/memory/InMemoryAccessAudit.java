package org.crmkit.core.internal.memory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.crmkit.core.access.AccessAudit;
import org.crmkit.core.access.AccessAuditTrail;
import org.crmkit.core.access.AccessAuditEntry;

/** In-memory {@link AccessAudit}: keeps every entry, in arrival order, for inspection; thread-safe. */
public final class InMemoryAccessAudit implements AccessAuditTrail {
    private final ConcurrentLinkedQueue<AccessAuditEntry> entries = new ConcurrentLinkedQueue<>();

    @Override
    public void record(AccessAuditEntry entry) {
        entries.add(Objects.requireNonNull(entry, "entry"));
    }

    /** A snapshot of the entries so far, oldest first. */
    public List<AccessAuditEntry> entries() {
        return List.copyOf(entries);
    }

    public List<AccessAuditEntry> entries(AccessAuditEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    @Override
    public List<AccessAuditEntry> latest(int limit) {
        List<AccessAuditEntry> all = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(all);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }
}
