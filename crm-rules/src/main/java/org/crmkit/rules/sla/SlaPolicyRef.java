package org.crmkit.rules.sla;

import java.util.Objects;

/** One version of one policy: what a claim keeps, so later revisions of the policy do not change its terms. */
public record SlaPolicyRef(SlaPolicyId id, int version) {
    public SlaPolicyRef {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("policy versions start at 1: " + version);
        }
    }
}
