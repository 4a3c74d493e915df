package org.crmkit.rules.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one sweep found and did.
 *
 * @param evaluated how many open records it looked at
 * @param uncovered claims no SLA policy covers (they have no clocks until a policy does)
 * @param actions   every effect applied or skipped, in order
 * @param failures  records whose effects failed; their alerts are not recorded, so the next run tries again
 */
public record SlaSweepReport(Instant at, int evaluated, List<UUID> uncovered, List<SlaAction> actions,
                             List<Failure> failures) {
    public SlaSweepReport {
        uncovered = List.copyOf(uncovered);
        actions = List.copyOf(actions);
        failures = List.copyOf(failures);
    }

    /** A record the sweep could not act on, and why. */
    public record Failure(UUID record, String code, String message) {
    }

    public List<SlaAction> actions(SlaAction.Kind kind) {
        return actions.stream().filter(action -> action.kind() == kind).toList();
    }

    /** Whether the sweep changed or published anything. */
    public boolean changedAnything() {
        return actions.stream().anyMatch(action -> action.kind() != SlaAction.Kind.SKIPPED);
    }
}
