package org.crmkit.rules.process;

import java.util.Objects;

/** The label of a decision branch and of a step's result, e.g. {@code approved} or {@code rejected}. */
public record Outcome(String value) {
    public Outcome {
        Objects.requireNonNull(value, "outcome");
        if (value.isBlank() || !value.equals(value.strip())) {
            throw new IllegalArgumentException("an outcome is a non-blank label without surrounding spaces: '" + value + "'");
        }
    }

    public static Outcome of(String value) {
        return new Outcome(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
