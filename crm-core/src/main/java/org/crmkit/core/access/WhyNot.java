package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the smallest change that would let a denied request pass. The scope it proposes is exact: the
 * narrowest scope that reaches the record, which a forbid cannot cover (else the forbid would have decided).
 */
final class WhyNot {
    private WhyNot() {
    }

    static Explanation forRecord(Decision d, PermissionRule rule, Standpoint actor, ProtectedRecord record) {
        if (d.allowed()) {
            return new Explanation(d, List.of());
        }
        Permission p = d.permission().orElse(null);
        List<String> remedies = new ArrayList<>();
        switch (d.basis()) {
            case FORBID -> remedies.add(forbidRemedy(rule));
            case OUT_OF_SCOPE -> {
                Scope needed = actor.narrowestReaching(record);
                remedies.add("would be allowed with scope " + needed + " on " + p + " (role " + rule.grantedBy
                        + " has " + rule.granted + ")");
                remedies.add(shareRemedy(p));
            }
            case NO_GRANT -> {
                Scope needed = actor.narrowestReaching(record);
                remedies.add("would be allowed with a grant of " + p + " at scope " + needed
                        + " (none of your roles grants " + p + ")");
                remedies.add(shareRemedy(p));
            }
            default -> {
            }
        }
        return new Explanation(d, remedies);
    }

    static Explanation forFunction(Decision d, PermissionRule rule) {
        if (d.allowed()) {
            return new Explanation(d, List.of());
        }
        Permission p = d.permission().orElse(null);
        return switch (d.basis()) {
            case FORBID -> new Explanation(d, List.of(forbidRemedy(rule)));
            case NO_GRANT -> new Explanation(d, List.of("would be allowed with a grant of " + p + " at any scope"));
            default -> new Explanation(d, List.of());
        };
    }

    private static String forbidRemedy(PermissionRule rule) {
        return "forbidden by role " + rule.forbiddenBy + ": " + new Forbid(rule.permission, rule.forbidden)
                + " — no grant or share can lift it; only taking role " + rule.forbiddenBy
                + " away, or the forbid out of it, would";
    }

    private static String shareRemedy(Permission p) {
        return "would be allowed if the record were shared with you or your department for " + p;
    }
}
