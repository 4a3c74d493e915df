package org.crmkit.rules.internal;

import org.crmkit.rules.Rule;

/** A rule of a built set with its compiled condition; a disabled rule keeps the reason for its trace. */
public record CompiledRule(Rule rule, Node condition, String disabledBecause) {
    public boolean enabled() {
        return disabledBecause == null;
    }
}
