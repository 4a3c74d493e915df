package org.crmkit.core.application.claims;

import java.time.Instant;
import java.util.List;

import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.claim.SupplierInvolvement;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** What a session sees of a claim. */
public record ClaimView(ClaimId id, ClientId client, ClaimChannel channel, String category, Severity severity,
                        String subject, String description, ClaimStatus status, EmployeeId assignee,
                        DepartmentId department, int escalationLevel, Instant registeredAt, Instant responseDue,
                        Instant resolutionDue, String resolutionNotes, String rejectionReason,
                        Integer satisfaction, List<SupplierInvolvement> suppliers, List<ClaimTransition> history) {
}
