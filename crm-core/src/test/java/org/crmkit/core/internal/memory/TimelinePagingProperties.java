package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionFixtures;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;

/** Paging through a timeline by key visits every interaction exactly once, in order, whatever is logged meanwhile. */
class TimelinePagingProperties {
    private static final ClientId CLIENT = InteractionFixtures.CLIENT;
    private static final Instant T0 = InteractionFixtures.T0;

    @Property(tries = 200)
    void paging_visits_every_interaction_once_in_newest_first_order(
            // Few distinct minutes, so many interactions share a moment and the id decides.
            @ForAll @Size(max = 40) List<@IntRange(max = 5) Integer> minutes,
            @ForAll List<Long> idLowHalves,
            @ForAll @IntRange(min = 1, max = 7) int pageSize,
            @ForAll @IntRange(max = 3) int newerPerPage) {
        InMemoryInteractions interactions = new InMemoryInteractions();
        List<Interaction> logged = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            // Random low halves cover ids whose order differs signed and unsigned.
            long low = i < idLowHalves.size() ? idLowHalves.get(i) : i;
            InteractionId id = new InteractionId(new UUID(0x0195000000007000L | i, low));
            Interaction interaction = InteractionFixtures.aCallOf(CLIENT, id, T0.plus(Duration.ofMinutes(minutes.get(i))));
            interactions.save(interaction);
            logged.add(interaction);
        }
        List<InteractionId> expected = logged.stream()
                .sorted(Comparator.comparing(TimelineCursor::of, TimelineCursor.NEWEST_FIRST))
                .map(Interaction::id).toList();

        List<InteractionId> seen = new ArrayList<>();
        Optional<TimelineCursor> cursor = Optional.empty();
        int pages = 0;
        do {
            TimelinePage page = interactions.timelineOf(CLIENT, cursor.orElse(null), pageSize);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            assertThat(page.next().isEmpty() || page.items().size() == pageSize).isTrue();
            page.items().forEach(i -> seen.add(i.id()));
            cursor = page.next();
            // Newer interactions logged between pages sort before every cursor already handed out.
            for (int n = 0; n < newerPerPage; n++) {
                interactions.save(InteractionFixtures.aCallOf(CLIENT, InteractionId.newId(),
                        T0.plus(Duration.ofHours(1 + pages)).plusSeconds(n)));
            }
            pages++;
        } while (cursor.isPresent());

        assertThat(seen).containsExactlyElementsOf(expected);
    }
}
