package org.crmkit.rules.routing;

import java.util.Objects;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.RuleId;

/**
 * Whom a request goes to, which rule decided, and how (the strategy or target, or the fallback when the rule's
 * choice found nobody available).
 */
public record RoutingDecision(EmployeeId employee, RuleId rule, String how) {
    public RoutingDecision {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(how, "how");
    }
}
