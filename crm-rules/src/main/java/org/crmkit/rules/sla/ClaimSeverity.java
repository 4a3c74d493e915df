package org.crmkit.rules.sla;

import java.util.Objects;

/** How bad a claim is, e.g. {@code critical}; the claim branch's own type maps onto it at merge. */
public record ClaimSeverity(String code) {
    public ClaimSeverity {
        if (Objects.requireNonNull(code, "code").isBlank()) {
            throw new IllegalArgumentException("ClaimSeverity code must not be blank");
        }
    }

    public static ClaimSeverity of(String code) {
        return new ClaimSeverity(code);
    }
}
