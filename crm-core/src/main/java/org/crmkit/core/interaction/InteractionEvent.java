package org.crmkit.core.interaction;

import java.util.UUID;

import org.crmkit.core.shared.DomainEvent;

/** Something that happened to a logged interaction. */
public sealed interface InteractionEvent extends DomainEvent permits
        InteractionLogged,
        InteractionSummaryCorrected {
    InteractionId interaction();

    @Override
    default UUID aggregateId() {
        return interaction().value();
    }
}
