package org.crmkit.core.application.overview;

import java.util.List;
import java.util.Optional;

import org.crmkit.core.application.claims.ClaimView;
import org.crmkit.core.application.clients.ClientView;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.interactions.InteractionView;
import org.crmkit.core.application.tasks.TaskView;
import org.crmkit.core.interaction.TimelineCursor;

/**
 * The 360° view of one client as a session may see it: the client, its contacts, its open and recently closed
 * deals, open claims, open tasks, and one page of its interactions across all channels, newest first.
 * Everything in it went through the same access checks and field masking as the single reads.
 */
public record ClientOverview(ClientView client, List<ContactView> contacts, List<DealView> openDeals,
                             List<DealView> recentlyClosedDeals, List<ClaimView> openClaims,
                             List<TaskView> openTasks, List<InteractionView> timeline,
                             Optional<TimelineCursor> nextTimelinePage) {
}
