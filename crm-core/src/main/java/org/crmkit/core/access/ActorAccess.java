package org.crmkit.core.access;

import java.util.Objects;

/**
 * One actor bound to a {@link RoleBasedAccessPolicy} (see {@link RoleBasedAccessPolicy#bind}): the actor's role
 * set is resolved once, and so is where they stand in the policy's org tree, so each check goes straight to the
 * compiled rules and compares positions. Every method answers exactly what the policy's method of the same name
 * answers for this actor, explanations included. Immutable and safe to share between threads; it sees the
 * policy's roles and org tree as they were when it was bound.
 *
 * <p>A record check reads this object, one entry of each of two arrays of the actor's role set, and the record
 * (with its owner's id when ownership decides); it allocates nothing unless a share decides.
 */
public final class ActorAccess extends Standpoint {
    private static final Scope[] SCOPES = Scope.values();

    private final RoleBasedAccessPolicy policy;
    private final Actor actor;
    private final CompiledRoles roles;
    /** The role set's {@link CompiledRoles#scopes} and {@link CompiledRoles#decisions}, one read closer. */
    private final byte[] scopes;
    private final Decision[] decisions;

    ActorAccess(RoleBasedAccessPolicy policy, Actor actor, CompiledRoles roles) {
        super(actor.employee(), actor.department(), policy.tree());
        this.policy = Objects.requireNonNull(policy, "policy");
        this.actor = actor;
        this.roles = roles;
        this.scopes = roles.scopes;
        this.decisions = roles.decisions;
    }

    public Actor actor() {
        return actor;
    }

    /** As {@link RoleBasedAccessPolicy#decide(Actor, Permission, ProtectedRecord)} for this actor. */
    public Decision decide(Permission permission, ProtectedRecord record) {
        Resource resource = record.resource();
        if (resource != permission.resource() && !resource.equals(permission.resource())) {
            return Decision.deny("denied: the record is a " + resource + ", the request is " + permission);
        }
        int i = policy.permissionNumber(permission);
        if (i < 0) {
            return policy.sharedOr(actor, permission, record, null);
        }
        int code = scopes[i];
        if (code != 0) {
            int forbidden = code >>> 3;
            if (forbidden != 0 && admits(SCOPES[forbidden - 1], record)) {
                return roles.ruleAt(i).forbid;
            }
            int granted = code & 7;
            if (granted != 0 && admits(SCOPES[granted - 1], record)) {
                return decisions[2 * i];
            }
        }
        return policy.sharedOr(actor, permission, record, decisions[2 * i + 1]);
    }

    /** As {@link RoleBasedAccessPolicy#decide(Actor, Permission)} for this actor. */
    public Decision decide(Permission permission) {
        PermissionRule rule = roles.rule(permission);
        return rule == null ? policy.noGrant(permission) : rule.decideFunction();
    }

    /** As {@link RoleBasedAccessPolicy#filter(Actor, Permission)} for this actor. */
    public ScopedRecordFilter filter(Permission permission) {
        return policy.filter(roles.rule(permission), this, permission);
    }

    /** As {@link RoleBasedAccessPolicy#fields(Actor, Resource)} for this actor. */
    public FieldPolicy fields(Resource resource) {
        // Field rules are per tag, not per resource: the resource only matters for what the actor may read.
        return roles.fields;
    }

    /** As {@link RoleBasedAccessPolicy#whyNot(Actor, Permission, ProtectedRecord)} for this actor. */
    public Explanation whyNot(Permission permission, ProtectedRecord record) {
        return WhyNot.forRecord(decide(permission, record), roles.rule(permission), this, record);
    }

    /** As {@link RoleBasedAccessPolicy#whyNot(Actor, Permission)} for this actor. */
    public Explanation whyNot(Permission permission) {
        return WhyNot.forFunction(decide(permission), roles.rule(permission));
    }
}
