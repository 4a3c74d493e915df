package org.crmkit.rules.facts;

import java.util.Objects;
import org.crmkit.core.client.Client;
import org.crmkit.core.deal.Deal;

/**
 * A deal with the client it is for, for rules that read both ({@link DealFacts#IN_CONTEXT}). The aggregates stay
 * apart (a deal holds only its client's id); the application loads the client and pairs them here.
 *
 * @param client the deal's client, or null when it could not be loaded (then every {@code client.*} fact is absent)
 */
public record DealContext(Deal deal, Client client) {
    public DealContext {
        Objects.requireNonNull(deal, "deal");
        if (client != null && !client.id().equals(deal.client())) {
            throw new IllegalArgumentException("client " + client.id() + " is not the client of deal " + deal.id());
        }
    }
}
