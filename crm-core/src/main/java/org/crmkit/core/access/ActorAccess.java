package org.crmkit.core.access;

import java.util.Objects;

import org.crmkit.core.organisation.OrgTree;

/**
 * One actor bound to a {@link RoleBasedAccessPolicy} (see {@link RoleBasedAccessPolicy#bind}): the actor's role
 * set is resolved once, and so is where they stand in the policy's org tree, so each check goes straight to the
 * compiled rules and compares positions. Every method answers exactly what the policy's method of the same name
 * answers for this actor, explanations included. Immutable and safe to share between threads; it sees the
 * policy's roles and org tree as they were when it was bound.
 *
 * <p>A record check reads this object (32 bytes: the actor's place in the tree, a hash of their id and their role
 * set), the role set (shared by every actor who holds the same roles, with the policy, the tree and, for a set of
 * one or two rules, its codes), one code of a larger set, one decision of the policy's {@link RuleBook}, and the
 * record (with its owner's id when ownership decides); it allocates nothing unless a share decides.
 */
public final class ActorAccess extends Standpoint {
    private static final Scope[] SCOPES = Scope.values();

    // One field on purpose: a session holds one of these per actor, and a check with a server-like spread of
    // actors finds this object in memory, not in cache; the smaller it is, the more of them the caches keep. What
    // is the same for everyone with these roles (policy, tree, rules) is read from the shared role set.
    private final CompiledRoles roles;

    ActorAccess(Actor actor, CompiledRoles roles) {
        super(Objects.requireNonNull(actor, "actor"), roles.tree);
        this.roles = roles;
    }

    @Override
    OrgTree tree() {
        return roles.tree;
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
        CompiledRoles roles = this.roles;
        RoleBasedAccessPolicy policy = roles.policy;
        int i = policy.permissionNumber(permission);
        if (i < 0) {
            return policy.sharedOr(actor, permission, record, null);
        }
        // Shared by everyone who holds the same roles, so the role set is mostly in cache; its code is one int.
        int code = roles.code(i);
        if (code == 0) {
            return policy.sharedOr(actor, permission, record, policy.noGrant(i));
        }
        RuleBook book = roles.book();
        int rule = CompiledRoles.ruleNumber(code);
        int forbidden = CompiledRoles.forbidden(code);
        if (forbidden != 0 && admits(SCOPES[forbidden - 1], record)) {
            return book.rule(rule).forbid;
        }
        int granted = CompiledRoles.granted(code);
        if (granted != 0 && admits(SCOPES[granted - 1], record)) {
            return book.allow(rule);
        }
        return policy.sharedOr(actor, permission, record, book.denyOutsideScope(rule));
    }

    /** As {@link RoleBasedAccessPolicy#decide(Actor, Permission)} for this actor. */
    public Decision decide(Permission permission) {
        PermissionRule rule = roles.rule(permission);
        return rule == null ? roles.policy.noGrant(permission) : rule.decideFunction();
    }

    /** As {@link RoleBasedAccessPolicy#filter(Actor, Permission)} for this actor. */
    public ScopedRecordFilter filter(Permission permission) {
        return roles.policy.filter(roles.rule(permission), this, permission);
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
