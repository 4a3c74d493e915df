package org.crmkit.core.access;

import java.time.Clock;
import java.util.Objects;

/**
 * Wraps any {@link AccessPolicy} and writes every denial to an {@link AccessAudit}. Personal-data reads and
 * system-context work are recorded by the session that performs them (only it knows a read really happened),
 * with {@link AccessAuditEntry#personalDataRead} and {@link AccessAuditEntry#systemContext}.
 */
public final class AuditedAccessPolicy implements AccessPolicy {
    private final AccessPolicy policy;
    private final AccessAudit audit;
    private final Clock clock;

    public AuditedAccessPolicy(AccessPolicy policy, AccessAudit audit, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Decision decide(Actor actor, Permission permission, ProtectedRecord record) {
        Decision d = policy.decide(actor, permission, record);
        if (d.denied()) {
            audit.record(AccessAuditEntry.denial(clock.instant(), actor, permission, record.id(), d));
        }
        return d;
    }

    @Override
    public Decision decide(Actor actor, Permission permission) {
        Decision d = policy.decide(actor, permission);
        if (d.denied()) {
            audit.record(AccessAuditEntry.denial(clock.instant(), actor, permission, null, d));
        }
        return d;
    }

    @Override
    public RecordFilter filter(Actor actor, Permission permission) {
        return policy.filter(actor, permission);
    }

    @Override
    public FieldPolicy fields(Actor actor, Resource resource) {
        return policy.fields(actor, resource);
    }

    @Override
    public Explanation whyNot(Actor actor, Permission permission, ProtectedRecord record) {
        return policy.whyNot(actor, permission, record);
    }

    @Override
    public Explanation whyNot(Actor actor, Permission permission) {
        return policy.whyNot(actor, permission);
    }
}
