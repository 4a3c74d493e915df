package org.crmkit.rules.facts;

import java.util.Objects;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.claim.WaitingFor;
import org.crmkit.rules.FactSchema;

/**
 * What rules may read about a claim ({@code claim}): status, severity, category, channel, assignment, deadlines,
 * escalation, supplier involvement, resolution and the customer's rating.
 */
public final class ClaimFacts {
    public static final FactSchema<Claim> SCHEMA = FactSchema.builder("claim", Claim.class)
            .enumeration("status", ClaimStatus.class, Claim::status)
            .enumeration("severity", Severity.class, Claim::severity)
            .enumeration("channel", ClaimChannel.class, Claim::channel)
            .enumeration("waitingFor", WaitingFor.class, claim -> claim.waitingFor().orElse(null))
            .string("category", claim -> claim.category().value())
            .string("subject", Claim::subject)
            .string("product", claim -> claim.product().orElse(null))
            .string("client", claim -> claim.client().value().toString())
            .string("deal", claim -> claim.deal().map(Objects::toString).orElse(null))
            .string("assignee", claim -> claim.assignee().map(Objects::toString).orElse(null))
            .string("assignedDepartment", claim -> claim.assignedDepartment().map(Objects::toString).orElse(null))
            .string("department", claim -> claim.department().toString())
            .instant("registeredAt", Claim::registeredAt)
            .instant("firstRespondedAt", claim -> claim.firstRespondedAt().orElse(null))
            .instant("responseDeadline", claim -> claim.responseDeadline().orElse(null))
            .instant("resolutionDeadline", claim -> claim.resolutionDeadline().orElse(null))
            .number("escalationLevel", Claim::escalationLevel)
            .number("reopenCount", Claim::reopenCount)
            .number("satisfaction", claim -> claim.satisfaction().orElse(null))
            .bool("supplierRequestOpen", claim -> claim.openSupplierRequest().isPresent())
            .number("suppliers.count", claim -> claim.supplierInvolvements().size())
            .string("resolutionNotes", claim -> claim.resolutionNotes().orElse(null))
            .string("rejectionReason", claim -> claim.rejectionReason().orElse(null))
            .build();

    private ClaimFacts() {
    }
}
