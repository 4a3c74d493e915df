package org.crmkit.rules.service;

import java.util.Optional;
import org.crmkit.core.claim.ClaimId;

/**
 * Port: which SLA policy version each claim is under. An assignment is written once and never changes: the first
 * one stored for a claim wins, so a listener and an explicit call racing on the same claim agree.
 */
public interface ClaimSlaAssignments {
    Optional<ClaimSlaAssignment> find(ClaimId claim);

    /** Stores the assignment unless the claim already has one; returns the one that is stored now. */
    ClaimSlaAssignment assignIfAbsent(ClaimSlaAssignment assignment);

    /** Thread-safe, in memory: the embedded default. */
    static ClaimSlaAssignments inMemory() {
        return new InMemoryClaimSlaAssignments();
    }
}
