package org.crmkit.core.interaction;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.Repository;

/** Repository port for interactions, with the client's timeline read page by page. */
public interface Interactions extends Repository<Interaction, InteractionId> {
    /**
     * A page of the client's interactions, newest first by (occurredAt, id) as {@link TimelineCursor#NEWEST_FIRST}
     * orders them.
     *
     * @param after    where the previous page ended, or null for the first page
     * @param pageSize at least 1
     */
    TimelinePage timelineOf(ClientId client, TimelineCursor after, int pageSize);

    /**
     * As {@link #timelineOf(ClientId, TimelineCursor, int)}, reading only the interactions the filter admits
     * (applied while reading, so every page is full when enough permitted interactions exist).
     */
    TimelinePage timelineOf(ClientId client, RecordFilter filter, TimelineCursor after, int pageSize);

    @Override
    default String aggregateName() {
        return "Interaction";
    }
}
