package org.crmkit.core.access;

import org.crmkit.core.organisation.RoleName;

/**
 * What one set of roles says about one permission, folded once: the widest grant and the widest forbid, with the
 * roles that say so and the decisions to hand out, made in advance so that checks allocate nothing.
 */
final class PermissionRule {
    final Permission permission;
    final Scope granted;
    final RoleName grantedBy;
    final Scope forbidden;
    final RoleName forbiddenBy;
    final Decision allow;
    final Decision forbid;
    final Decision denyOutsideScope;

    PermissionRule(Permission permission, Scope granted, RoleName grantedBy, Scope forbidden, RoleName forbiddenBy) {
        this.permission = permission;
        this.granted = granted;
        this.grantedBy = grantedBy;
        this.forbidden = forbidden;
        this.forbiddenBy = forbiddenBy;
        this.allow = granted == null ? null : Decision.granted(permission, grantedBy, granted);
        this.forbid = forbidden == null ? null : Decision.forbidden(permission, forbiddenBy, forbidden);
        this.denyOutsideScope = granted == null ? Decision.noGrant(permission)
                : Decision.outOfScope(permission, grantedBy, granted);
    }

    /** Folds another role's grant and forbid in: the wider scope wins on each side; ties keep the first role. */
    PermissionRule with(RoleName role, Scope grant, Scope forbid) {
        boolean widerGrant = grant != null && (granted == null || !granted.covers(grant));
        boolean widerForbid = forbid != null && (forbidden == null || !forbidden.covers(forbid));
        if (!widerGrant && !widerForbid) {
            return this;
        }
        return new PermissionRule(permission,
                widerGrant ? grant : granted, widerGrant ? role : grantedBy,
                widerForbid ? forbid : forbidden, widerForbid ? role : forbiddenBy);
    }

    /**
     * Rules are values: two role sets that reach a permission through the same roles at the same scopes hold
     * equal rules, which the policy shares (with their decisions) instead of keeping one copy per role set.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionRule r && permission.equals(r.permission) && granted == r.granted
                && forbidden == r.forbidden && java.util.Objects.equals(grantedBy, r.grantedBy)
                && java.util.Objects.equals(forbiddenBy, r.forbiddenBy);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(permission, granted, grantedBy, forbidden, forbiddenBy);
    }

    /** The grants minus the forbids, as a comparable reach. */
    Reach reach() {
        return new Reach(granted, forbidden);
    }

    /** Function-level: allowed when some records remain after the forbid takes its part. */
    Decision decideFunction() {
        if (forbidden != null && (granted == null || forbidden.covers(granted))) {
            return forbid;
        }
        return granted == null ? denyOutsideScope : allow;
    }
}
