package org.crmkit.core.claim;

import org.crmkit.core.shared.IllegalTransition;

/** The claim's current status does not allow the requested move or command. */
public final class IllegalClaimTransition extends IllegalTransition {
    private final ClaimStatus status;

    /** A status move the lifecycle does not have, e.g. REGISTERED → RESOLVED. */
    public IllegalClaimTransition(ClaimId id, ClaimStatus from, ClaimStatus to) {
        super("claim.illegal-transition", "Claim", id, from, to);
        this.status = from;
    }

    /** A command that is not a status move but still depends on the status, e.g. escalating a closed claim. */
    public IllegalClaimTransition(ClaimId id, ClaimStatus status, String actionEn, String actionRu) {
        super("claim.illegal-transition",
                "Claim " + id + " cannot " + actionEn + " while " + status,
                "Обращение " + id + ": нельзя " + actionRu + " в статусе " + status);
        this.status = status;
    }

    /** The status the claim was in when the command was refused. */
    public ClaimStatus status() {
        return status;
    }
}
