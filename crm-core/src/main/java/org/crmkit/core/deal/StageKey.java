package org.crmkit.core.deal;

import java.util.Objects;

/**
 * The stable name of a stage within its pipeline, e.g. {@code lead} or {@code renewal-due}: deals, history and
 * gate rules refer to stages by key, never by display name.
 */
public record StageKey(String value) {
    public StageKey {
        Objects.requireNonNull(value, "stage key");
        if (!PipelineKey.SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("a stage key is lower-case words joined by '-', '_' or '.': " + value);
        }
    }

    public static StageKey of(String value) {
        return new StageKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
