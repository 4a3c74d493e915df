package org.crmkit.rules;

import java.util.List;
import java.util.ServiceLoader;

/**
 * How an ERP vendor extends a rule set without forking it: it adds rules in its own namespace, and overrides
 * or disables other rules by id with a stated reason (kept in the set for audit). Contributors are passed to
 * {@link RuleSetBuilder#contribute(RuleContributor...)} explicitly; there is no static registry.
 */
public interface RuleContributor {
    /** The vendor's namespace, e.g. {@code acme}: the only namespace it may add rules in. */
    String namespace();

    /** Called once per rule set being built; look at {@link Contribution#ruleSet()} to decide what to add. */
    void contribute(Contribution contribution);

    /** Contributors declared in {@code META-INF/services/org.crmkit.rules.RuleContributor}, on an explicit call only. */
    static List<RuleContributor> discover(ClassLoader loader) {
        return ServiceLoader.load(RuleContributor.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }
}
