package org.crmkit.core.interaction;

import java.time.Instant;

import org.crmkit.core.shared.EmployeeId;

/** The summary of a logged interaction was corrected. */
public record InteractionSummaryCorrected(InteractionId interaction, String previousSummary, String summary, EmployeeId actor, Instant occurredAt)
        implements InteractionEvent {
}
