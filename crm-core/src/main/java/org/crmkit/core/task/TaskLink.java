package org.crmkit.core.task;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;

/**
 * What a task is about: any combination of a client, a deal and a claim, or nothing (an internal task).
 * Each part is null when absent. A task about a deal or a claim should also name the client, so that it
 * shows up among the client's tasks.
 */
public record TaskLink(ClientId client, DealId deal, ClaimId claim) {
    private static final TaskLink NONE = new TaskLink(null, null, null);

    public static TaskLink none() {
        return NONE;
    }

    public static TaskLink toClient(ClientId client) {
        return new TaskLink(client, null, null);
    }

    public TaskLink withDeal(DealId deal) {
        return new TaskLink(client, deal, claim);
    }

    public TaskLink withClaim(ClaimId claim) {
        return new TaskLink(client, deal, claim);
    }

    public boolean isAbout(ClientId client) {
        return client != null && client.equals(this.client);
    }
}
