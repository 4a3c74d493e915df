package org.crmkit.testkit.assertions;

import org.assertj.core.api.AbstractObjectAssert;
import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Permission;
import org.crmkit.core.organisation.RoleName;

/** Assertions on an {@link AccessDenied}, through the decision it carries. */
public final class AccessDeniedAssert extends AbstractObjectAssert<AccessDeniedAssert, AccessDenied> {
    AccessDeniedAssert(AccessDenied actual) {
        super(actual, AccessDeniedAssert.class);
    }

    public AccessDeniedAssert isDeniedBecauseOfNoGrant() {
        decision().isDeniedBecauseOfNoGrant();
        return this;
    }

    public AccessDeniedAssert isDeniedBecauseOutOfScope() {
        decision().isDeniedBecauseOutOfScope();
        return this;
    }

    public AccessDeniedAssert isDeniedBecauseOfForbid() {
        decision().isDeniedBecauseOfForbid();
        return this;
    }

    public AccessDeniedAssert isDeniedBecauseOf(Decision.Basis basis) {
        decision().isDeniedBecauseOf(basis);
        return this;
    }

    public AccessDeniedAssert namesRole(RoleName role) {
        decision().namesRole(role);
        return this;
    }

    public AccessDeniedAssert concerns(Permission permission) {
        decision().concerns(permission);
        return this;
    }

    /** The exception's own messages explain the decision in English and Russian. */
    public AccessDeniedAssert isExplainedInEnglishAndRussian() {
        isNotNull();
        decision().isExplainedInRussian();
        if (!actual.getMessage().contains(actual.decision().explain())
                || !actual.messageRu().contains(actual.decision().explainRu())) {
            failWithMessage("the messages of <%s> do not carry the decision's explanation", actual);
        }
        return this;
    }

    /** Assertions on the carried decision itself. */
    public DecisionAssert decision() {
        isNotNull();
        return new DecisionAssert(actual.decision());
    }
}
