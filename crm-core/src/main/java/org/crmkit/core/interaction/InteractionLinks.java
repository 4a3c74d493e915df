package org.crmkit.core.interaction;

import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;

/**
 * What an interaction belongs to: always a client (it is part of that client's 360° view), and optionally
 * the contact person, deal and claim it was about (null when absent).
 */
public record InteractionLinks(ClientId client, ContactId contact, DealId deal, ClaimId claim) {
    public InteractionLinks {
        Objects.requireNonNull(client, "an interaction belongs to a client");
    }

    public static InteractionLinks toClient(ClientId client) {
        return new InteractionLinks(client, null, null, null);
    }

    public InteractionLinks withContact(ContactId contact) {
        return new InteractionLinks(client, contact, deal, claim);
    }

    public InteractionLinks withDeal(DealId deal) {
        return new InteractionLinks(client, contact, deal, claim);
    }

    public InteractionLinks withClaim(ClaimId claim) {
        return new InteractionLinks(client, contact, deal, claim);
    }

    public Optional<ContactId> contactId() {
        return Optional.ofNullable(contact);
    }

    public Optional<DealId> dealId() {
        return Optional.ofNullable(deal);
    }

    public Optional<ClaimId> claimId() {
        return Optional.ofNullable(claim);
    }
}
