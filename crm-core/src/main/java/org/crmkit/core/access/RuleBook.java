package org.crmkit.core.access;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every distinct rule of one policy's compiled role sets, kept once and numbered, with the two decisions each
 * hands out most (allow, and deny outside its scope) side by side in one array. Role sets then store a number per
 * permission instead of a rule: equal rules of thousands of role sets are one entry here, so the decisions a check
 * returns come from a table small enough to stay in cache, not from one array per role set.
 *
 * <p>Adding takes a lock (it happens while a role set is compiled); reading takes none: the decision array is
 * filled before it is published through a volatile field, and a bigger copy replaces it when it grows.
 */
final class RuleBook {
    /** How many rule numbers fit beside the scope codes in one {@code int} (see {@link CompiledRoles}). */
    static final int MAX_RULES = 1 << 25;

    private final Map<PermissionRule, Integer> numbers = new HashMap<>();
    private volatile PermissionRule[] rules = new PermissionRule[64];
    private volatile Decision[] decisions = new Decision[128];

    /** The number of the rule equal to {@code rule}, adding it when it is new. */
    synchronized int number(PermissionRule rule) {
        Integer known = numbers.get(rule);
        if (known != null) {
            return known;
        }
        int n = numbers.size();
        if (n == MAX_RULES) {
            throw new IllegalStateException("a policy compiles to at most " + MAX_RULES + " distinct rules");
        }
        PermissionRule[] r = rules;
        Decision[] d = decisions;
        if (n == r.length) {
            r = Arrays.copyOf(r, 2 * n);
            d = Arrays.copyOf(d, 4 * n);
        }
        r[n] = rule;
        d[2 * n] = rule.allow;
        d[2 * n + 1] = rule.denyOutsideScope;
        numbers.put(rule, n);
        // The volatile writes publish the entries (and, after growth, the new arrays).
        rules = r;
        decisions = d;
        return n;
    }

    /** The rule numbered {@code n} (a number this book gave out). */
    PermissionRule rule(int n) {
        return rules[n];
    }

    /** The allow of rule {@code n}. */
    Decision allow(int n) {
        return decisions[2 * n];
    }

    /** The denial of rule {@code n} when neither its grant nor its forbid admits the record. */
    Decision denyOutsideScope(int n) {
        return decisions[2 * n + 1];
    }
}
