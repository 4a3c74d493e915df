package org.crmkit.core.application;

import java.util.Objects;

import org.crmkit.core.access.AccessPolicy;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Explanation;
import org.crmkit.core.access.FieldPolicy;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Policy;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.Shares;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.organisation.OrgTree;

/**
 * The role-based policy of one company over its current department tree. The tree is read from the
 * {@link Departments} port and rebuilt when the structure changes here ({@link #structureChanged()}) or when a
 * department appears that the tree does not know yet (another application instance created it), so
 * DEPARTMENT_TREE scopes always follow the real structure.
 */
public final class CompanyAccessPolicy implements AccessPolicy {
    private final Policy policy;
    private final Departments departments;
    private final Shares shares;
    private volatile RoleBasedAccessPolicy current;

    public CompanyAccessPolicy(Policy policy, Departments departments, Shares shares) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.shares = Objects.requireNonNull(shares, "shares");
    }

    public Policy policy() {
        return policy;
    }

    public Shares shares() {
        return shares;
    }

    /** Forgets the cached department tree; the next decision reads it again. */
    public void structureChanged() {
        current = null;
    }

    /** The policy over the current tree. */
    public RoleBasedAccessPolicy delegate() {
        RoleBasedAccessPolicy p = current;
        if (p == null) {
            p = RoleBasedAccessPolicy.of(policy, OrgTree.of(departments.all()), shares);
            current = p;
        }
        return p;
    }

    /**
     * The policy over the current tree, rebuilt first when it does not know the actor's department or the
     * record's ({@code record} may be {@code null} for function-level checks): what every decision here uses.
     * A session binds its actor to it ({@link RoleBasedAccessPolicy#bind}) and re-binds when it changes.
     */
    public RoleBasedAccessPolicy current(Actor actor, ProtectedRecord record) {
        return knowing(actor, record);
    }

    private RoleBasedAccessPolicy knowing(Actor actor, ProtectedRecord record) {
        RoleBasedAccessPolicy p = delegate();
        if (!p.tree().contains(actor.department()) || (record != null && !p.tree().contains(record.department()))) {
            structureChanged();
            p = delegate();
        }
        return p;
    }

    @Override
    public Decision decide(Actor actor, Permission permission, ProtectedRecord record) {
        return knowing(actor, record).decide(actor, permission, record);
    }

    @Override
    public Decision decide(Actor actor, Permission permission) {
        return knowing(actor, null).decide(actor, permission);
    }

    @Override
    public RecordFilter filter(Actor actor, Permission permission) {
        return knowing(actor, null).filter(actor, permission);
    }

    @Override
    public FieldPolicy fields(Actor actor, Resource resource) {
        return delegate().fields(actor, resource);
    }

    @Override
    public Explanation whyNot(Actor actor, Permission permission, ProtectedRecord record) {
        return knowing(actor, record).whyNot(actor, permission, record);
    }

    @Override
    public Explanation whyNot(Actor actor, Permission permission) {
        return knowing(actor, null).whyNot(actor, permission);
    }
}
