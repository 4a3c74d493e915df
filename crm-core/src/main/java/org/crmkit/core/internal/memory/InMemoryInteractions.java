package org.crmkit.core.internal.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Interactions;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;

/** In-memory {@link Interactions}; the timeline pages by key exactly as an SQL adapter would. */
public final class InMemoryInteractions extends InMemoryRepository<Interaction, InteractionId, Interaction.Snapshot>
        implements Interactions {
    private static final Comparator<Interaction> NEWEST_FIRST =
            Comparator.comparing(TimelineCursor::of, TimelineCursor.NEWEST_FIRST);

    public InMemoryInteractions() {
        super("Interaction", Interaction::snapshot, Interaction::restore);
    }

    @Override
    public TimelinePage timelineOf(ClientId client, TimelineCursor after, int pageSize) {
        return timelineOf(client, record -> true, after, pageSize);
    }

    @Override
    public TimelinePage timelineOf(ClientId client, RecordFilter filter, TimelineCursor after, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one interaction");
        }
        // One more than asked tells whether a next page exists without a second query.
        List<Interaction> window = stream()
                .filter(i -> i.links().client().equals(client))
                .filter(i -> filter.admits(ProtectedRecords.of(i)))
                .filter(i -> after == null || after.precedes(TimelineCursor.of(i)))
                .sorted(NEWEST_FIRST)
                .limit(pageSize + 1L)
                .toList();
        if (window.size() <= pageSize) {
            return new TimelinePage(window, Optional.empty());
        }
        List<Interaction> page = window.subList(0, pageSize);
        return new TimelinePage(page, Optional.of(TimelineCursor.of(page.get(pageSize - 1))));
    }
}
