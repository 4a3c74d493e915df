package org.crmkit.rules.quality;

import java.time.Instant;
import java.util.Objects;

/** The period a quality report covers, start inclusive, end exclusive; standards judge as of its end. */
public record ReportingPeriod(Instant from, Instant to) {
    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a reporting period ends after it starts: " + from + " .. " + to);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
