package org.crmkit.core.client;

import java.util.Locale;

import org.crmkit.core.shared.InvalidValue;

/** The market segment a client is served in (e.g. "premium", "smb"), lower-cased so reports group it once. */
public record Segment(String value) {
    public Segment {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("segment.missing", "A segment needs a name, got '" + value + "'",
                    "Не указано название сегмента, получено «" + value + "»");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    public static Segment of(String value) {
        return new Segment(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
