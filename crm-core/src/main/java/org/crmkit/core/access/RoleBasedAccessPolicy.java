package org.crmkit.core.access;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;

/**
 * The access policy built from a {@link Policy} (roles), an {@link OrgTree} (for department scopes) and a
 * {@link Shares} table. For one permission and one record: a forbid whose scope admits the record denies; else a
 * grant whose scope admits it allows; else a share with the actor or their department allows; else it is denied.
 *
 * <p>Each distinct set of role names is compiled once (cached for the life of this object; a company has few
 * distinct sets), so a check costs a role-set lookup, two array reads and a scope test, however many grants there
 * are. Role sets that reach a permission through the same roles share one rule and its decisions. A check for an
 * {@link Actor} binds the actor first (role set and place in the tree); a session that checks many times for one
 * actor can {@link #bind} the actor once and skip that, and then allocates nothing unless a share decides.
 * Rebuild the policy when the roles or the structure change.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {
    private final Policy policy;
    private final OrgTree tree;
    private final Shares shares;
    private final PermissionIndex permissions;
    private final RoleSetTable<CompiledRoles> compiled = new RoleSetTable<>();
    private final RuleBook rules = new RuleBook();
    /** The denial for each numbered permission nobody grants, ready, by {@link PermissionIndex} number. */
    private final Decision[] noGrantByNumber;
    private final ConcurrentHashMap<Permission, Decision> noGrant = new ConcurrentHashMap<>();

    private RoleBasedAccessPolicy(Policy policy, OrgTree tree, Shares shares) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tree = Objects.requireNonNull(tree, "org tree");
        this.shares = Objects.requireNonNull(shares, "shares");
        this.permissions = PermissionIndex.of(policy);
        this.noGrantByNumber = new Decision[permissions.size()];
        for (int i = 0; i < noGrantByNumber.length; i++) {
            noGrantByNumber[i] = noGrant(permissions.permissionAt(i));
        }
    }

    public static RoleBasedAccessPolicy of(Policy policy, OrgTree tree, Shares shares) {
        return new RoleBasedAccessPolicy(policy, tree, shares);
    }

    public static RoleBasedAccessPolicy of(Policy policy, OrgTree tree) {
        return new RoleBasedAccessPolicy(policy, tree, Shares.none());
    }

    /**
     * The actor with their roles resolved once: a handle that answers exactly as this policy does for that actor,
     * without looking the role set up again on every check. Hold it for a session; it keeps this policy's roles
     * and org tree, so take a new one when the policy is rebuilt.
     */
    public ActorAccess bind(Actor actor) {
        return new ActorAccess(actor, compiledFor(actor));
    }

    @Override
    public Decision decide(Actor actor, Permission permission, ProtectedRecord record) {
        return bind(actor).decide(permission, record);
    }

    @Override
    public Decision decide(Actor actor, Permission permission) {
        PermissionRule rule = compiledFor(actor).rule(permission);
        return rule == null ? noGrant(permission) : rule.decideFunction();
    }

    @Override
    public ScopedRecordFilter filter(Actor actor, Permission permission) {
        return bind(actor).filter(permission);
    }

    @Override
    public FieldPolicy fields(Actor actor, Resource resource) {
        // Field rules are per tag, not per resource: the resource only matters for what the actor may read.
        return compiledFor(actor).fields;
    }

    @Override
    public Explanation whyNot(Actor actor, Permission permission, ProtectedRecord record) {
        return bind(actor).whyNot(permission, record);
    }

    @Override
    public Explanation whyNot(Actor actor, Permission permission) {
        CompiledRoles roles = compiledFor(actor);
        return WhyNot.forFunction(decide(actor, permission), roles.rule(permission));
    }

    /** The permission's number in this policy's {@link PermissionIndex}, or -1 when no role mentions it. */
    int permissionNumber(Permission permission) {
        return permissions.indexOf(permission);
    }

    /**
     * What decides when no role's scope admits the record: a share of it with the actor or their department,
     * else {@code otherwise} (the role set's denial; {@code null} for a permission no role mentions).
     */
    Decision sharedOr(Actor actor, Permission permission, ProtectedRecord record, Decision otherwise) {
        // The share table decides between the role set's answer and "shared"; with Shares.none() this loop is empty.
        for (Share share : shares.of(record.id())) {
            if (share.lets(actor, permission, record.id())) {
                return Decision.shared(permission, share);
            }
        }
        return otherwise != null ? otherwise : noGrant(permission);
    }

    ScopedRecordFilter filter(PermissionRule rule, Standpoint actor, Permission permission) {
        ScopedRecords granted = rule == null || rule.granted == null ? null : new ScopedRecords(rule.granted, actor);
        ScopedRecords forbidden = rule == null || rule.forbidden == null ? null
                : new ScopedRecords(rule.forbidden, actor);
        if (forbidden != null && forbidden.scope() == Scope.ALL) {
            return new ScopedRecordFilter(permission, granted, forbidden, Set.of(), Set.of());
        }
        return new ScopedRecordFilter(permission, granted, forbidden,
                shares.recordsSharedWith(Grantee.employee(actor.actor.employee()), permission),
                shares.recordsSharedWith(Grantee.department(actor.actor.department()), permission));
    }

    /** The roles the actor may give to others: what any of their roles {@link Role#mayAssign may assign}. */
    public Set<RoleName> assignableRoles(Actor actor) {
        Set<RoleName> names = new LinkedHashSet<>();
        compiledFor(actor).roles.forEach(r -> names.addAll(r.mayAssign()));
        return names;
    }

    /**
     * May the actor give {@code role} to the employee behind {@code employeeRecord}? Needs {@code employee.assign}
     * on that record and a role of the actor that may assign {@code role}.
     */
    public Decision decideRoleAssignment(Actor actor, RoleName role, ProtectedRecord employeeRecord) {
        Decision d = decide(actor, Permission.of(Resource.EMPLOYEE, Action.ASSIGN), employeeRecord);
        if (d.allowed() && !assignableRoles(actor).contains(role)) {
            return Decision.deny("denied: none of your roles may assign role " + role);
        }
        return d;
    }

    public Policy policy() {
        return policy;
    }

    public OrgTree tree() {
        return tree;
    }

    private CompiledRoles compiledFor(Actor actor) {
        return compiled.get(actor.roles(), names -> CompiledRoles.compileForChecks(this, names, permissions, rules));
    }

    /** The denial of permission number {@code i} to a role set none of whose roles mentions it. */
    Decision noGrant(int i) {
        return noGrantByNumber[i];
    }

    Decision noGrant(Permission permission) {
        Decision d = noGrant.get(permission);
        return d != null ? d : noGrant.computeIfAbsent(permission, Decision::noGrant);
    }
}
