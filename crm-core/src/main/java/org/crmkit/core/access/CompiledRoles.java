package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.crmkit.core.organisation.RoleName;

/**
 * Everything one distinct set of roles may do, folded once from the policy so that a check is one array read
 * per permission, independent of how many grants the roles hold. Roles the policy does not define count as
 * nothing.
 */
final class CompiledRoles {
    final List<Role> roles;
    /** What the roles say per permission, for analyses that walk every permission (diffs, escalation). */
    final Map<Permission, PermissionRule> rules;
    final CompiledFields fields;
    /** The same rules by {@link PermissionIndex} number: what explanations and function-level checks read. */
    private final PermissionIndex index;
    private final PermissionRule[] byIndex;
    /**
     * What a record check reads, by permission number {@code i}: {@code scopes[i]} packs the granted scope's
     * ordinal + 1 (low three bits) and the forbidden scope's ordinal + 1 (next three bits), 0 meaning none;
     * {@code decisions[2i]} is the grant's allow and {@code decisions[2i + 1]} the denial when nothing admits the
     * record (out of scope, or no grant). Primitives and ready decisions side by side, so that a check reads two
     * arrays it can fetch at once instead of following an array to a rule and the rule to its decisions.
     */
    final byte[] scopes;
    final Decision[] decisions;

    private CompiledRoles(List<Role> roles, Map<Permission, PermissionRule> rules, CompiledFields fields,
                          PermissionIndex index, PermissionRule[] byIndex, byte[] scopes, Decision[] decisions) {
        this.roles = roles;
        this.rules = rules;
        this.fields = fields;
        this.index = index;
        this.byIndex = byIndex;
        this.scopes = scopes;
        this.decisions = decisions;
    }

    /** For analyses: every rule in a map, no sharing with other role sets. */
    static CompiledRoles compile(Policy policy, Set<RoleName> names) {
        List<Role> roles = sortedRoles(policy, names);
        return new CompiledRoles(roles, fold(roles), CompiledFields.of(roles), null, null, null, null);
    }

    /**
     * For checks: the rules in an array numbered by {@code index}, each rule passed through {@code shared} so
     * that equal rules of different role sets are one object, and {@code noGrant} giving the policy's one
     * denial per permission nobody grants. Keeps no map: a company has thousands of role sets.
     */
    static CompiledRoles compileForChecks(Policy policy, Set<RoleName> names, PermissionIndex index,
                                          UnaryOperator<PermissionRule> shared,
                                          Function<Permission, Decision> noGrant) {
        List<Role> roles = sortedRoles(policy, names);
        int n = index.size();
        PermissionRule[] byIndex = new PermissionRule[n];
        for (PermissionRule rule : fold(roles).values()) {
            byIndex[index.indexOf(rule.permission)] = shared.apply(rule);
        }
        byte[] scopes = new byte[n];
        Decision[] decisions = new Decision[2 * n];
        for (int i = 0; i < n; i++) {
            PermissionRule rule = byIndex[i];
            if (rule == null) {
                decisions[2 * i + 1] = noGrant.apply(index.permissionAt(i));
                continue;
            }
            scopes[i] = (byte) (code(rule.granted) | code(rule.forbidden) << 3);
            decisions[2 * i] = rule.allow;
            decisions[2 * i + 1] = rule.denyOutsideScope;
        }
        return new CompiledRoles(roles, null, CompiledFields.of(roles), index, byIndex, scopes, decisions);
    }

    private static int code(Scope scope) {
        return scope == null ? 0 : scope.ordinal() + 1;
    }

    /** The rule of permission number {@code i} (for checks: {@link #compileForChecks} only). */
    PermissionRule ruleAt(int i) {
        return byIndex[i];
    }

    /** What the roles say about the permission, or {@code null} when none of them mentions it. */
    PermissionRule rule(Permission permission) {
        if (byIndex == null) {
            return rules.get(permission);
        }
        int i = index.indexOf(permission);
        return i < 0 ? null : byIndex[i];
    }

    private static List<Role> sortedRoles(Policy policy, Set<RoleName> names) {
        List<Role> roles = new ArrayList<>();
        // Sorted so that ties between roles always name the same one.
        names.stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(n -> policy.role(n).ifPresent(roles::add));
        return List.copyOf(roles);
    }

    private static Map<Permission, PermissionRule> fold(List<Role> roles) {
        Map<Permission, PermissionRule> rules = new HashMap<>();
        for (Role role : roles) {
            for (Grant g : role.grants()) {
                fold(rules, role.name(), g.permission(), g.scope(), null);
            }
            for (Forbid f : role.forbids()) {
                fold(rules, role.name(), f.permission(), null, f.scope());
            }
        }
        return rules;
    }

    private static void fold(Map<Permission, PermissionRule> rules, RoleName role, Permission p, Scope grant,
                             Scope forbid) {
        PermissionRule old = rules.get(p);
        rules.put(p, old == null ? new PermissionRule(p, grant, grant == null ? null : role, forbid,
                forbid == null ? null : role) : old.with(role, grant, forbid));
    }

    Reach reach(Permission permission) {
        PermissionRule rule = rule(permission);
        return rule == null ? Reach.NONE : rule.reach();
    }
}
