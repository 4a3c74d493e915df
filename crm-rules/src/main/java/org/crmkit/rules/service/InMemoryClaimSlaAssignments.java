package org.crmkit.rules.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.core.claim.ClaimId;

/** {@link ClaimSlaAssignments} in a concurrent map. */
final class InMemoryClaimSlaAssignments implements ClaimSlaAssignments {
    private final Map<ClaimId, ClaimSlaAssignment> byClaim = new ConcurrentHashMap<>();

    @Override
    public Optional<ClaimSlaAssignment> find(ClaimId claim) {
        return Optional.ofNullable(byClaim.get(claim));
    }

    @Override
    public ClaimSlaAssignment assignIfAbsent(ClaimSlaAssignment assignment) {
        ClaimSlaAssignment earlier = byClaim.putIfAbsent(assignment.claim(), assignment);
        return earlier != null ? earlier : assignment;
    }
}
