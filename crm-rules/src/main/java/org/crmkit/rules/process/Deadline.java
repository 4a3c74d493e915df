package org.crmkit.rules.process;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the responsible role has for a step once it is handed out: either a fixed duration (hours of the
 * clock, for SLAs that run around the clock) or a number of business days (which a calendar turns into an
 * instant, because "3 days" on a Friday means Wednesday for an office).
 */
public sealed interface Deadline permits Deadline.Within, Deadline.BusinessDays {

    static Deadline within(Duration duration) {
        return new Within(duration);
    }

    static Deadline businessDays(int days) {
        return new BusinessDays(days);
    }

    /** A fixed, positive duration. */
    record Within(Duration duration) implements Deadline {
        public Within {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a deadline must be positive: " + duration);
            }
        }
    }

    /** A positive number of working days. */
    record BusinessDays(int days) implements Deadline {
        public BusinessDays {
            if (days <= 0) {
                throw new IllegalArgumentException("a deadline must be at least one business day: " + days);
            }
        }
    }
}
