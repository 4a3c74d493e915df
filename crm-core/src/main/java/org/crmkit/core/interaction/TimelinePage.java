package org.crmkit.core.interaction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a client's timeline, newest first.
 *
 * @param next where the following page starts; empty when this is the last page
 */
public record TimelinePage(List<Interaction> items, Optional<TimelineCursor> next) {
    public TimelinePage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
