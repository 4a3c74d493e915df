package org.crmkit.rules.sla;

import java.util.Objects;

/** What a claim is about, e.g. {@code delivery} or {@code billing}; the claim branch's own type maps onto it at merge. */
public record ClaimCategory(String code) {
    public ClaimCategory {
        if (Objects.requireNonNull(code, "code").isBlank()) {
            throw new IllegalArgumentException("ClaimCategory code must not be blank");
        }
    }

    public static ClaimCategory of(String code) {
        return new ClaimCategory(code);
    }
}
