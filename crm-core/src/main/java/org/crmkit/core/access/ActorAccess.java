package org.crmkit.core.access;

import java.util.Objects;

/**
 * One actor bound to a {@link RoleBasedAccessPolicy} (see {@link RoleBasedAccessPolicy#bind}): the actor's role
 * set is resolved once, so each check goes straight to the compiled rules. Every method answers exactly what the
 * policy's method of the same name answers for this actor, explanations included. Immutable and safe to share
 * between threads; it sees the policy's roles and org tree as they were when it was bound.
 */
public final class ActorAccess {
    private final RoleBasedAccessPolicy policy;
    private final Actor actor;
    private final CompiledRoles roles;

    ActorAccess(RoleBasedAccessPolicy policy, Actor actor, CompiledRoles roles) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.roles = roles;
    }

    public Actor actor() {
        return actor;
    }

    /** As {@link RoleBasedAccessPolicy#decide(Actor, Permission, ProtectedRecord)} for this actor. */
    public Decision decide(Permission permission, ProtectedRecord record) {
        return policy.decide(roles, actor, permission, record);
    }

    /** As {@link RoleBasedAccessPolicy#decide(Actor, Permission)} for this actor. */
    public Decision decide(Permission permission) {
        return policy.decide(roles, permission);
    }

    /** As {@link RoleBasedAccessPolicy#filter(Actor, Permission)} for this actor. */
    public ScopedRecordFilter filter(Permission permission) {
        return policy.filter(roles, actor, permission);
    }

    /** As {@link RoleBasedAccessPolicy#fields(Actor, Resource)} for this actor. */
    public FieldPolicy fields(Resource resource) {
        return roles.fields;
    }

    /** As {@link RoleBasedAccessPolicy#whyNot(Actor, Permission, ProtectedRecord)} for this actor. */
    public Explanation whyNot(Permission permission, ProtectedRecord record) {
        return policy.whyNot(roles, actor, permission, record);
    }

    /** As {@link RoleBasedAccessPolicy#whyNot(Actor, Permission)} for this actor. */
    public Explanation whyNot(Permission permission) {
        return policy.whyNot(roles, permission);
    }
}
