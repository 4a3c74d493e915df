package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** Numbers the rules of role sets compiled for checks ({@code null} for analyses). */
    private final PermissionIndex index;
    private final RuleBook book;
    /**
     * What a record check reads, by permission number {@code i} ({@code null} for analyses): 0 when no role of the
     * set mentions the permission; else the granted scope's ordinal + 1 in bits 0-2 (0: no grant), the forbidden
     * scope's ordinal + 1 in bits 3-5 (0: no forbid) and the rule's number in the {@link RuleBook} above them. So
     * one {@code int} answers both scope tests, and the decision to return comes from the book, which all role
     * sets share, instead of from an array of rules per role set.
     */
    final int[] codes;

    private CompiledRoles(List<Role> roles, Map<Permission, PermissionRule> rules, CompiledFields fields,
                          PermissionIndex index, RuleBook book, int[] codes) {
        this.roles = roles;
        this.rules = rules;
        this.fields = fields;
        this.index = index;
        this.book = book;
        this.codes = codes;
    }

    /** For analyses: every rule in a map, no sharing with other role sets. */
    static CompiledRoles compile(Policy policy, Set<RoleName> names) {
        List<Role> roles = sortedRoles(policy, names);
        return new CompiledRoles(roles, fold(roles), CompiledFields.of(roles), null, null, null);
    }

    /**
     * For checks: one code per permission numbered by {@code index}, each rule kept once in {@code book} so that
     * equal rules of different role sets are one object. Keeps no map: a company has thousands of role sets.
     */
    static CompiledRoles compileForChecks(Policy policy, Set<RoleName> names, PermissionIndex index, RuleBook book) {
        List<Role> roles = sortedRoles(policy, names);
        int[] codes = new int[index.size()];
        for (PermissionRule rule : fold(roles).values()) {
            codes[index.indexOf(rule.permission)] = book.number(rule) << 6 | code(rule.granted)
                    | code(rule.forbidden) << 3;
        }
        return new CompiledRoles(roles, null, CompiledFields.of(roles), index, book, codes);
    }

    private static int code(Scope scope) {
        return scope == null ? 0 : scope.ordinal() + 1;
    }

    /** The granted scope of a {@link #codes code}'s rule, ordinal + 1; 0 when it grants nothing. */
    static int granted(int code) {
        return code & 7;
    }

    /** The forbidden scope of a {@link #codes code}'s rule, ordinal + 1; 0 when it forbids nothing. */
    static int forbidden(int code) {
        return (code >>> 3) & 7;
    }

    /** The book's number of a {@link #codes code}'s rule. */
    static int ruleNumber(int code) {
        return code >>> 6;
    }

    RuleBook book() {
        return book;
    }

    /** What the roles say about the permission, or {@code null} when none of them mentions it. */
    PermissionRule rule(Permission permission) {
        if (codes == null) {
            return rules.get(permission);
        }
        int i = index.indexOf(permission);
        int code = i < 0 ? 0 : codes[i];
        return code == 0 ? null : book.rule(ruleNumber(code));
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
