package org.crmkit.core.interaction;

import java.time.Instant;

import org.crmkit.core.shared.DomainException;

/** An interaction is logged once it happened: planned meetings are tasks, not interactions. */
public final class InteractionInTheFuture extends DomainException {
    public InteractionInTheFuture(Instant occurredAt, Instant loggedAt) {
        super("interaction.in-the-future",
                "An interaction at " + occurredAt + " cannot be logged at " + loggedAt + ", before it happened",
                "Взаимодействие в " + occurredAt + " нельзя записать в " + loggedAt + ", до того как оно произошло");
    }
}
