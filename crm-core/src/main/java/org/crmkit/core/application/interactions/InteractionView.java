package org.crmkit.core.application.interactions;

import java.time.Instant;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.shared.EmployeeId;

/** One entry of a client's timeline. */
public record InteractionView(InteractionId id, InteractionKind kind, InteractionChannel channel,
                              Direction direction, Instant occurredAt, String summary, ContactId contact,
                              DealId deal, ClaimId claim, EmployeeId loggedBy) {
}
