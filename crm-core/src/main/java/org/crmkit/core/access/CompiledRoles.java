package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The same rules by {@link PermissionIndex} number: what a check reads. */
    private final PermissionIndex index;
    private final PermissionRule[] byIndex;

    private CompiledRoles(List<Role> roles, Map<Permission, PermissionRule> rules, CompiledFields fields,
                          PermissionIndex index, PermissionRule[] byIndex) {
        this.roles = roles;
        this.rules = rules;
        this.fields = fields;
        this.index = index;
        this.byIndex = byIndex;
    }

    /** For analyses: every rule in a map, no sharing with other role sets. */
    static CompiledRoles compile(Policy policy, Set<RoleName> names) {
        List<Role> roles = sortedRoles(policy, names);
        return new CompiledRoles(roles, fold(roles), CompiledFields.of(roles), null, null);
    }

    /**
     * For checks: the rules in an array numbered by {@code index}, each rule passed through {@code shared} so
     * that equal rules of different role sets are one object. Keeps no map: a company has thousands of role sets.
     */
    static CompiledRoles compileForChecks(Policy policy, Set<RoleName> names, PermissionIndex index,
                                          UnaryOperator<PermissionRule> shared) {
        List<Role> roles = sortedRoles(policy, names);
        PermissionRule[] byIndex = new PermissionRule[index.size()];
        for (PermissionRule rule : fold(roles).values()) {
            byIndex[index.indexOf(rule.permission)] = shared.apply(rule);
        }
        return new CompiledRoles(roles, null, CompiledFields.of(roles), index, byIndex);
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
