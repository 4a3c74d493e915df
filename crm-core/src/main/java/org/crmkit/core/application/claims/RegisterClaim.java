package org.crmkit.core.application.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;

/** Register a complaint, reclamation or service appeal as it came in, through the channel it came. */
public record RegisterClaim(
        @NotNull ClientId client,
        ContactId contact,
        @NotNull ClaimChannel channel,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String category,
        @NotNull Severity severity,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 10_000) String description,
        DealId deal,
        @Size(max = 100) String product) {

    public static RegisterClaim of(ClientId client, ClaimChannel channel, String category, Severity severity,
                                   String subject, String description) {
        return new RegisterClaim(client, null, channel, category, severity, subject, description, null, null);
    }

    public RegisterClaim from(ContactId person) {
        return new RegisterClaim(client, person, channel, category, severity, subject, description, deal, product);
    }

    public RegisterClaim about(DealId relatedDeal, String productCode) {
        return new RegisterClaim(client, contact, channel, category, severity, subject, description, relatedDeal,
                productCode);
    }
}
