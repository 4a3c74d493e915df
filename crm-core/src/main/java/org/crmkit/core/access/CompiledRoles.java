package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;

/**
 * Everything one distinct set of roles may do, folded once from the policy so that a check is one array read
 * per permission, independent of how many grants the roles hold. Roles the policy does not define count as
 * nothing.
 */
final class CompiledRoles {
    /** Up to this many rules a role set keeps in its own fields instead of an array over every permission. */
    private static final int INLINE = 2;

    // The fields a check reads come first (the JVM lays out ints, then references in this order), so that one
    // or two cache lines of this object, which every actor with these roles shares, answer the whole lookup.
    /** The permission numbers and codes of a small role set's rules ({@link #codes} is null); -1: no rule. */
    private final int firstNumber;
    private final int firstCode;
    private final int secondNumber;
    private final int secondCode;
    /** The policy and tree that checks of this role set answer for ({@code null} for analyses). */
    final RoleBasedAccessPolicy policy;
    final OrgTree tree;
    private final RuleBook book;
    /**
     * What a record check reads, by permission number {@code i}, for a role set of more than {@link #INLINE} rules
     * ({@code null} for smaller sets and for analyses): 0 when no role of the set mentions the permission; else the
     * granted scope's ordinal + 1 in bits 0-2 (0: no grant), the forbidden scope's ordinal + 1 in bits 3-5 (0: no
     * forbid) and the rule's number in the {@link RuleBook} above them. So one {@code int} answers both scope tests,
     * and the decision to return comes from the book, which all role sets share, instead of from an array of rules
     * per role set.
     */
    private final int[] codes;
    final List<Role> roles;
    /** What the roles say per permission, for analyses that walk every permission (diffs, escalation). */
    final Map<Permission, PermissionRule> rules;
    final CompiledFields fields;
    /** Numbers the rules of role sets compiled for checks ({@code null} for analyses). */
    private final PermissionIndex index;

    private CompiledRoles(List<Role> roles, Map<Permission, PermissionRule> rules, CompiledFields fields,
                          RoleBasedAccessPolicy policy, PermissionIndex index, RuleBook book, int[] dense,
                          int count) {
        this.roles = roles;
        this.rules = rules;
        this.fields = fields;
        this.policy = policy;
        this.tree = policy == null ? null : policy.tree();
        this.index = index;
        this.book = book;
        // Most role sets hold a rule or two (one job role, maybe a company-wide one): an array over every
        // permission would be a line per check that no other role set shares, so they keep their codes here.
        this.codes = count > INLINE ? dense : null;
        int[] inline = {-1, 0, -1, 0};
        for (int i = 0, k = 0; count <= INLINE && dense != null && i < dense.length; i++) {
            if (dense[i] != 0) {
                inline[k++] = i;
                inline[k++] = dense[i];
            }
        }
        this.firstNumber = inline[0];
        this.firstCode = inline[1];
        this.secondNumber = inline[2];
        this.secondCode = inline[3];
    }

    /** For analyses: every rule in a map, no sharing with other role sets. */
    static CompiledRoles compile(Policy policy, Set<RoleName> names) {
        List<Role> roles = sortedRoles(policy, names);
        return new CompiledRoles(roles, fold(roles), CompiledFields.of(roles), null, null, null, null, 0);
    }

    /**
     * For checks of {@code policy}: one code per permission numbered by {@code index}, each rule kept once in
     * {@code book} so that equal rules of different role sets are one object. Keeps no map: a company has
     * thousands of role sets.
     */
    static CompiledRoles compileForChecks(RoleBasedAccessPolicy policy, Set<RoleName> names, PermissionIndex index,
                                          RuleBook book) {
        List<Role> roles = sortedRoles(policy.policy(), names);
        int[] dense = new int[index.size()];
        Collection<PermissionRule> folded = fold(roles).values();
        for (PermissionRule rule : folded) {
            dense[index.indexOf(rule.permission)] = book.number(rule) << 6 | code(rule.granted)
                    | code(rule.forbidden) << 3;
        }
        return new CompiledRoles(roles, null, CompiledFields.of(roles), policy, index, book, dense, folded.size());
    }

    /** The code of permission number {@code i} (see {@link #codes}) in a role set compiled for checks. */
    int code(int i) {
        int[] dense = codes;
        if (dense != null) {
            return dense[i];
        }
        return i == firstNumber ? firstCode : i == secondNumber ? secondCode : 0;
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
        if (rules != null) {
            return rules.get(permission);
        }
        int i = index.indexOf(permission);
        int code = i < 0 ? 0 : code(i);
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
