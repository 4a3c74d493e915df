package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.organisation.RoleName;

/**
 * Everything one distinct set of roles may do, folded once from the policy so that a check is one hash lookup
 * per permission, independent of how many grants the roles hold. Roles the policy does not define count as
 * nothing.
 */
final class CompiledRoles {
    final List<Role> roles;
    final Map<Permission, PermissionRule> rules;
    final CompiledFields fields;

    private CompiledRoles(List<Role> roles, Map<Permission, PermissionRule> rules, CompiledFields fields) {
        this.roles = roles;
        this.rules = rules;
        this.fields = fields;
    }

    static CompiledRoles compile(Policy policy, Set<RoleName> names) {
        List<Role> roles = new ArrayList<>();
        // Sorted so that ties between roles always name the same one.
        names.stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(n -> policy.role(n).ifPresent(roles::add));
        Map<Permission, PermissionRule> rules = new HashMap<>();
        for (Role role : roles) {
            for (Grant g : role.grants()) {
                fold(rules, role.name(), g.permission(), g.scope(), null);
            }
            for (Forbid f : role.forbids()) {
                fold(rules, role.name(), f.permission(), null, f.scope());
            }
        }
        return new CompiledRoles(List.copyOf(roles), rules, CompiledFields.of(roles));
    }

    private static void fold(Map<Permission, PermissionRule> rules, RoleName role, Permission p, Scope grant,
                             Scope forbid) {
        PermissionRule old = rules.get(p);
        rules.put(p, old == null ? new PermissionRule(p, grant, grant == null ? null : role, forbid,
                forbid == null ? null : role) : old.with(role, grant, forbid));
    }

    Reach reach(Permission permission) {
        PermissionRule rule = rules.get(permission);
        return rule == null ? Reach.NONE : rule.reach();
    }
}
