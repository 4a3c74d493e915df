package org.crmkit.core.interaction;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a page of a client's timeline ended: the next page starts right after this (occurredAt, id) key in
 * the newest-first order. Keyset, not offset: inserting newer interactions does not shift later pages.
 */
public record TimelineCursor(Instant occurredAt, InteractionId id) {
    /**
     * Newest first by occurrence, then by id descending. Ids compare as unsigned 128-bit numbers, the way
     * PostgreSQL compares {@code uuid} values, so an SQL adapter can page in the same order
     * ({@code java.util.UUID#compareTo} compares signed halves and would disagree).
     */
    public static final Comparator<TimelineCursor> NEWEST_FIRST = Comparator
            .comparing(TimelineCursor::occurredAt)
            .thenComparing(TimelineCursor::id, (a, b) -> compareUnsigned(a.value(), b.value()))
            .reversed();

    public TimelineCursor {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(id, "id");
    }

    public static TimelineCursor of(Interaction interaction) {
        return new TimelineCursor(interaction.occurredAt(), interaction.id());
    }

    /** Whether this key comes before the other in the newest-first order (newer, or as new with a greater id). */
    public boolean precedes(TimelineCursor other) {
        return NEWEST_FIRST.compare(this, other) < 0;
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
