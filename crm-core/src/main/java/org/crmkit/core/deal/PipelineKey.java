package org.crmkit.core.deal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable name of a pipeline within a company, e.g. {@code default} or {@code renewals}: deals store it, rule
 * sets refer to it, so it is a lower-case slug that survives renaming the pipeline's display name.
 */
public record PipelineKey(String value) {
    // Declared before DEFAULT: static fields initialise in order and the constructor needs it.
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

    /** The key of {@link Pipeline#standard()}. */
    public static final PipelineKey DEFAULT = new PipelineKey("default");

    public PipelineKey {
        Objects.requireNonNull(value, "pipeline key");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a pipeline key is lower-case words joined by '-', '_' or '.': " + value);
        }
    }

    public static PipelineKey of(String value) {
        return new PipelineKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
