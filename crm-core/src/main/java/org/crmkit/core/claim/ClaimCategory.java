package org.crmkit.core.claim;

import java.util.Objects;

/**
 * What a claim is about, in the company's own words ("delivery", "quality", "billing"...): a typed string
 * rather than an enum because each company defines its own list.
 */
public record ClaimCategory(String value) {
    public ClaimCategory {
        Objects.requireNonNull(value, "claim category");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a claim category must not be blank");
        }
    }

    public static ClaimCategory of(String value) {
        return new ClaimCategory(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
