package org.crmkit.rules.pipeline;

import java.util.Objects;
import java.util.function.Function;
import org.crmkit.core.client.Clients;
import org.crmkit.core.deal.Deal;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.facts.DealContext;
import org.crmkit.rules.facts.DealFacts;

/**
 * What a stage gate's rules read about the deal being moved: a fact schema and how to get its facts from the deal.
 * {@link #deal()} reads the deal alone; {@link #dealWithClient(Clients)} also loads the deal's client, for gates
 * that depend on, say, the client's segment.
 */
public record GateFacts<T>(FactSchema<T> schema, Function<Deal, T> factsOf) {
    public GateFacts {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(factsOf, "facts of a deal");
    }

    /** The deal's own facts ({@link DealFacts#SCHEMA}). */
    public static GateFacts<Deal> deal() {
        return new GateFacts<>(DealFacts.SCHEMA, Function.identity());
    }

    /** The deal and its client ({@link DealFacts#IN_CONTEXT}); the client is read from the port on every check. */
    public static GateFacts<DealContext> dealWithClient(Clients clients) {
        Objects.requireNonNull(clients, "clients");
        return new GateFacts<>(DealFacts.IN_CONTEXT,
                deal -> new DealContext(deal, clients.find(deal.client()).orElse(null)));
    }
}
