package org.crmkit.rules.process;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable name of a process, e.g. {@code claim-handling}; versions of one process share it. */
public record ProcessKey(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*([-._:][a-z0-9]+)*");

    public ProcessKey {
        Objects.requireNonNull(value, "process key");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a process key is lower-case words joined by '-', '.', '_' or ':': " + value);
        }
    }

    public static ProcessKey of(String value) {
        return new ProcessKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
