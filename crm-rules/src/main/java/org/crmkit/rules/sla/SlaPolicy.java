package org.crmkit.rules.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of an SLA policy: from {@code effectiveFrom} on, claims in {@code scope} must get a first response
 * and a resolution within the given business time on the named calendar. Revising a policy means adding a new
 * version; claims registered earlier keep the version they were registered under (see {@link SlaPolicies}).
 */
public record SlaPolicy(SlaPolicyId id, int version, Instant effectiveFrom, SlaScope scope,
                        Duration firstResponse, Duration resolution, String calendarName, int warningPercent) {

    public SlaPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(calendarName, "calendarName");
        if (version < 1) {
            throw new IllegalArgumentException("policy versions start at 1: " + version);
        }
        if (!positive(firstResponse) || !positive(resolution)) {
            throw new IllegalArgumentException("SLA targets must be positive: " + firstResponse + ", " + resolution);
        }
        if (firstResponse.compareTo(resolution) > 0) {
            throw new IllegalArgumentException("first response target " + firstResponse + " exceeds resolution target " + resolution);
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("warning threshold must be 1..100 %: " + warningPercent);
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero(); // Duration.isPositive() arrives only in Java 18
    }

    public SlaPolicyRef ref() {
        return new SlaPolicyRef(id, version);
    }

    public Duration target(Milestone milestone) {
        return milestone == Milestone.FIRST_RESPONSE ? firstResponse : resolution;
    }

    /** Where a milestone stands given the business time its clock has consumed. */
    public MilestoneState stateOf(Milestone milestone, Duration consumed, boolean done) {
        return MilestoneState.of(target(milestone), consumed, done, warningPercent);
    }
}
