package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.interaction.InteractionFixtures.CLIENT;
import static org.crmkit.core.interaction.InteractionFixtures.T0;
import static org.crmkit.core.interaction.InteractionFixtures.aCallOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;
import org.junit.jupiter.api.Test;

class InMemoryInteractionsTest {
    private final InMemoryInteractions interactions = new InMemoryInteractions();

    @Test
    void the_timeline_is_newest_first_and_pages_follow_on_without_duplicates_or_gaps() {
        List<InteractionId> expected = new ArrayList<>();
        for (int minute = 9; minute >= 0; minute--) {
            expected.add(log(CLIENT, T0.plus(Duration.ofMinutes(minute))));
        }
        log(ClientId.newId(), T0.plus(Duration.ofMinutes(5)));

        TimelinePage first = interactions.timelineOf(CLIENT, null, 4);
        TimelinePage second = interactions.timelineOf(CLIENT, first.next().orElseThrow(), 4);
        TimelinePage third = interactions.timelineOf(CLIENT, second.next().orElseThrow(), 4);

        List<InteractionId> seen = new ArrayList<>();
        for (TimelinePage page : List.of(first, second, third)) {
            page.items().forEach(i -> seen.add(i.id()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(third.items()).hasSize(2);
        assertThat(third.next()).isEmpty();
    }

    @Test
    void a_timeline_that_fills_its_last_page_exactly_says_there_is_no_next_page() {
        log(CLIENT, T0);
        log(CLIENT, T0.plusSeconds(1));

        TimelinePage page = interactions.timelineOf(CLIENT, null, 2);

        assertThat(page.items()).hasSize(2);
        assertThat(page.next()).isEmpty();
        assertThat(interactions.timelineOf(ClientId.newId(), null, 2).items()).isEmpty();
    }

    @Test
    void interactions_at_the_same_moment_are_ordered_by_id_as_unsigned_numbers() {
        // The low half of a UUID v7 starts with the variant bits 10, so as a signed long it is negative:
        // these two ids compare one way signed and the other way unsigned.
        InteractionId low = new InteractionId(new UUID(0x0195000000007000L, 0x0000000000000001L));
        InteractionId high = new InteractionId(new UUID(0x0195000000007000L, 0x8000000000000001L));
        interactions.save(aCallOf(CLIENT, low, T0));
        interactions.save(aCallOf(CLIENT, high, T0));

        TimelinePage first = interactions.timelineOf(CLIENT, null, 1);
        TimelinePage second = interactions.timelineOf(CLIENT, first.next().orElseThrow(), 1);

        assertThat(first.items()).extracting(Interaction::id).containsExactly(high);
        assertThat(second.items()).extracting(Interaction::id).containsExactly(low);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void newer_interactions_logged_while_paging_do_not_shift_the_later_pages() {
        for (int minute = 0; minute < 6; minute++) {
            log(CLIENT, T0.plus(Duration.ofMinutes(minute)));
        }
        TimelinePage first = interactions.timelineOf(CLIENT, null, 3);

        log(CLIENT, T0.plus(Duration.ofMinutes(60)));
        log(CLIENT, T0.plus(Duration.ofMinutes(61)));
        TimelinePage second = interactions.timelineOf(CLIENT, first.next().orElseThrow(), 3);

        assertThat(second.items()).extracting(Interaction::occurredAt).containsExactly(
                T0.plus(Duration.ofMinutes(2)), T0.plus(Duration.ofMinutes(1)), T0);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void a_page_holds_at_least_one_interaction() {
        assertThatThrownBy(() -> interactions.timelineOf(CLIENT, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cursor_is_taken_from_the_last_item_of_the_page() {
        InteractionId only = log(CLIENT, T0);
        log(CLIENT, T0.minusSeconds(1));

        TimelinePage page = interactions.timelineOf(CLIENT, null, 1);

        assertThat(page.next()).contains(new TimelineCursor(T0, only));
    }

    private InteractionId log(ClientId client, Instant occurredAt) {
        Interaction interaction = aCallOf(client, InteractionId.newId(), occurredAt);
        interactions.save(interaction);
        return interaction.id();
    }
}
