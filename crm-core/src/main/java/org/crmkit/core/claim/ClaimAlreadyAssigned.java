package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;

/** Re-assigning a claim in progress to the very employee and department it is with changes nothing. */
public final class ClaimAlreadyAssigned extends DomainException {
    public ClaimAlreadyAssigned(ClaimId id, EmployeeId assignee) {
        super("claim.already-assigned",
                "Claim " + id + " is already assigned to " + assignee,
                "Обращение " + id + " уже назначено на " + assignee);
    }
}
