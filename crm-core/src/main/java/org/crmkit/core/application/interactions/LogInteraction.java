package org.crmkit.core.application.interactions;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.shared.EmployeeId;

/**
 * Log a meeting, call, email, message, visit or note with a client, through the channel it happened on. It
 * becomes part of the client's 360° timeline.
 */
public record LogInteraction(
        @NotNull ClientId client,
        @NotNull InteractionKind kind,
        @NotNull InteractionChannel channel,
        @NotNull Direction direction,
        @NotNull @PastOrPresent Instant occurredAt,
        @NotBlank @Size(max = 4000) String summary,
        ContactId contact,
        DealId deal,
        ClaimId claim,
        @NotNull Set<@NotNull EmployeeId> participants) {

    public static LogInteraction of(ClientId client, InteractionKind kind, InteractionChannel channel,
                                    Direction direction, Instant occurredAt, String summary) {
        return new LogInteraction(client, kind, channel, direction, occurredAt, summary, null, null, null, Set.of());
    }

    public LogInteraction with(ContactId person, DealId aboutDeal, ClaimId aboutClaim) {
        return new LogInteraction(client, kind, channel, direction, occurredAt, summary, person, aboutDeal,
                aboutClaim, participants);
    }
}
