package org.crmkit.testkit.assertions;

import org.assertj.core.api.AbstractObjectAssert;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Scope;
import org.crmkit.core.organisation.RoleName;

/** Assertions on an access {@link Decision}: allowed or not, and what decided it. */
public final class DecisionAssert extends AbstractObjectAssert<DecisionAssert, Decision> {
    DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    public DecisionAssert isAllowed() {
        isNotNull();
        if (!actual.allowed()) {
            failWithMessage("expected the request to be allowed but: %s", actual.explain());
        }
        return this;
    }

    public DecisionAssert isDenied() {
        isNotNull();
        if (actual.allowed()) {
            failWithMessage("expected the request to be denied but: %s", actual.explain());
        }
        return this;
    }

    /** Denied because none of the actor's roles grants the permission at all. */
    public DecisionAssert isDeniedBecauseOfNoGrant() {
        return isDeniedBecauseOf(Decision.Basis.NO_GRANT);
    }

    /** Denied because a role grants the permission, but its scope does not reach the record. */
    public DecisionAssert isDeniedBecauseOutOfScope() {
        return isDeniedBecauseOf(Decision.Basis.OUT_OF_SCOPE);
    }

    /** Denied because a role forbids it (a forbid beats every grant and share). */
    public DecisionAssert isDeniedBecauseOfForbid() {
        return isDeniedBecauseOf(Decision.Basis.FORBID);
    }

    public DecisionAssert isDeniedBecauseOf(Decision.Basis basis) {
        isDenied();
        return hasBasis(basis);
    }

    public DecisionAssert isAllowedBecauseOf(Decision.Basis basis) {
        isAllowed();
        return hasBasis(basis);
    }

    public DecisionAssert hasBasis(Decision.Basis basis) {
        isNotNull();
        if (actual.basis() != basis) {
            failWithMessage("expected a decision on the basis %s but it was %s: %s", basis, actual.basis(),
                    actual.explain());
        }
        return this;
    }

    /** The deciding grant or forbid belongs to this role. */
    public DecisionAssert namesRole(RoleName role) {
        isNotNull();
        if (!actual.role().map(role::equals).orElse(false)) {
            failWithMessage("expected the decision to name role <%s> but it named <%s>: %s", role,
                    actual.role().map(RoleName::toString).orElse("no role"), actual.explain());
        }
        return this;
    }

    /** The deciding grant or forbid has this scope. */
    public DecisionAssert namesScope(Scope scope) {
        isNotNull();
        if (actual.scope().filter(scope::equals).isEmpty()) {
            failWithMessage("expected the decision to name scope <%s> but: %s", scope, actual.explain());
        }
        return this;
    }

    /** The decision is about this permission. */
    public DecisionAssert concerns(Permission permission) {
        isNotNull();
        if (actual.permission().filter(permission::equals).isEmpty()) {
            failWithMessage("expected a decision about <%s> but: %s", permission, actual.explain());
        }
        return this;
    }

    /** Its explanation is given in Russian too (what a user-facing message shows). */
    public DecisionAssert isExplainedInRussian() {
        isNotNull();
        if (!CommandRejectedAssert.hasCyrillic(actual.explainRu())) {
            failWithMessage("expected a Russian explanation but it was <%s>", actual.explainRu());
        }
        return this;
    }
}
