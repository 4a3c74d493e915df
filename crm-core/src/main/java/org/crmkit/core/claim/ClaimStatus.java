package org.crmkit.core.claim;

/**
 * Where a claim is in its life. RESOLVED, REJECTED and CLOSED are finished (a finished claim can still be
 * reopened); WAITING means the claim waits for the customer or a supplier, and SLA clocks pause meanwhile.
 */
public enum ClaimStatus {
    REGISTERED,
    IN_REVIEW,
    IN_PROGRESS,
    WAITING,
    RESOLVED,
    REJECTED,
    CLOSED,
    REOPENED;

    /** Whether work on a claim in this status is still owed to the customer. */
    public boolean isOpen() {
        return this != RESOLVED && this != REJECTED && this != CLOSED;
    }
}
