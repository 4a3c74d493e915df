package org.crmkit.core.access;

import java.util.List;
import java.util.Objects;

/**
 * A decision together with what would have to change for a denied request to pass — a wider scope, a share, or
 * nothing at all when a forbid decides. Empty remedies for an allowed request, or when the policy cannot say.
 */
public record Explanation(Decision decision, List<String> remedies) {
    public Explanation {
        Objects.requireNonNull(decision, "decision");
        remedies = List.copyOf(remedies);
    }

    public boolean allowed() {
        return decision.allowed();
    }

    /** The decision's sentence followed by the remedies, e.g. "denied: ... — would be allowed with ...". */
    public String text() {
        return remedies.isEmpty() ? decision.explain() : decision.explain() + " — " + String.join("; or ", remedies);
    }

    @Override
    public String toString() {
        return text();
    }
}
