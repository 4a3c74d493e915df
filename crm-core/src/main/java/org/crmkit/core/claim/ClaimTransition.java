package org.crmkit.core.claim;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;

/**
 * One entry of a claim's status history, complete enough that SLA clocks can be recomputed from the history
 * alone: the registration is the first entry ({@code from} is null), every pause is a move to WAITING that
 * records whom the claim waits for, and an explicit first response while still registered is recorded as
 * REGISTERED → REGISTERED (the only entry whose {@code from} and {@code to} are equal).
 *
 * @param reason     why, where the move needs one (a rejection, a reopening, a wait); for a resolution, the
 *                   resolution notes; null otherwise
 * @param waitingFor whom the claim waits for when {@code to} is WAITING, null otherwise
 */
public record ClaimTransition(ClaimStatus from, ClaimStatus to, EmployeeId by, Instant at, String reason,
                              WaitingFor waitingFor) {
    public ClaimTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if ((to == ClaimStatus.WAITING) != (waitingFor != null)) {
            throw new IllegalArgumentException("a move to WAITING, and only such a move, says whom the claim waits for");
        }
    }

    /** Whether this entry is the explicit first response recorded while the claim was still registered. */
    public boolean isFirstResponse() {
        return from == ClaimStatus.REGISTERED && to == ClaimStatus.REGISTERED;
    }
}
