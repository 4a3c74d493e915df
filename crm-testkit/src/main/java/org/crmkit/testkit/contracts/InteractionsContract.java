package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.InteractionLinks;
import org.crmkit.core.interaction.Participants;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Repository;
import org.crmkit.core.shared.Stamp;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link org.crmkit.core.interaction.Interactions} port: a client's timeline pages newest
 * first by (occurredAt, id) without gaps or duplicates, ties on the moment broken by id; later insertions of
 * newer interactions do not disturb the pages that follow a cursor; the filtered timeline agrees with the
 * filter's per-record check and every page but the last is full.
 */
public abstract class InteractionsContract extends AggregateRepositoryContract<Interaction, InteractionId> {
    private static final Comparator<Interaction> NEWEST_FIRST =
            Comparator.comparing(TimelineCursor::of, TimelineCursor.NEWEST_FIRST);

    @Override
    protected Repository<Interaction, InteractionId> repository(Repositories repositories) {
        return repositories.interactions();
    }

    @Override
    protected Interaction aNew() {
        return call(world.acme, world.anna, ContractWorld.T0);
    }

    /** A call of the client that happened at the given moment, logged by the employee. */
    protected Interaction call(ClientId client, EmployeeId by, Instant occurredAt) {
        return Interaction.log(InteractionId.newId(), InteractionKind.CALL, InteractionChannel.PHONE,
                Direction.INBOUND, occurredAt, Participants.of(Set.of(by), Set.of()), "Asked about the delivery",
                InteractionLinks.toClient(client), world.departmentOf(by),
                Stamp.of(by, occurredAt.plus(Duration.ofMinutes(5))));
    }

    @Override
    protected void change(Interaction interaction) {
        interaction.correctSummary(interaction.summary() + " (corrected)", world.next(interaction.owner()));
    }

    @Override
    protected Object stateOf(Interaction interaction) {
        return interaction.snapshot();
    }

    /** Interactions of both clients by every employee; several share one moment, so ties are exercised. */
    private List<Interaction> aTimeline() {
        List<Interaction> saved = new ArrayList<>();
        int i = 0;
        for (EmployeeId by : world.employees()) {
            for (ClientId client : List.of(world.acme, world.globex, world.acme)) {
                Instant at = ContractWorld.T0.plus(Duration.ofHours(i++ % 4));
                Interaction interaction = call(client, by, at);
                stored().interactions().save(interaction);
                saved.add(interaction);
            }
        }
        return saved;
    }

    private List<InteractionId> wholeTimeline(ClientId client, RecordFilter filter, int size) {
        List<InteractionId> seen = new ArrayList<>();
        TimelineCursor after = null;
        while (true) {
            TimelinePage page = stored().interactions().timelineOf(client, filter, after, size);
            page.items().forEach(i -> seen.add(i.id()));
            if (page.next().isEmpty()) {
                return seen;
            }
            assertThat(page.items()).as("a page before the last is full").hasSize(size);
            assertThat(page.next()).contains(TimelineCursor.of(page.items().get(size - 1)));
            after = page.next().get();
        }
    }

    private List<InteractionId> expected(List<Interaction> saved, ClientId client, RecordFilter filter) {
        return saved.stream().filter(i -> i.links().client().equals(client))
                .filter(i -> filter.admits(ProtectedRecords.of(i)))
                .sorted(NEWEST_FIRST).map(Interaction::id).toList();
    }

    @Test
    void the_timeline_pages_newest_first_without_gaps_or_duplicates() {
        List<Interaction> saved = aTimeline();
        List<InteractionId> expected = expected(saved, world.acme, r -> true);

        for (int size : new int[] {1, 2, 3, 7, 50}) {
            assertThat(wholeTimeline(world.acme, r -> true, size)).as("page size %d", size)
                    .containsExactlyElementsOf(expected);
        }
        TimelinePage unfiltered = stored().interactions().timelineOf(world.acme, null, 50);
        assertThat(unfiltered.items()).extracting(Interaction::id).containsExactlyElementsOf(expected);
        assertThat(unfiltered.next()).isEmpty();
    }

    @Test
    void the_filtered_timeline_agrees_with_the_filters_per_record_check() {
        List<Interaction> saved = aTimeline();
        Interaction yulias = saved.stream().filter(i -> i.owner().equals(world.yulia)
                && i.links().client().equals(world.acme)).findFirst().orElseThrow();
        Permission read = Permission.of(Resource.INTERACTION, Action.READ);
        world.share(read, yulias.id().value(), world.anna);

        for (EmployeeId employee : world.employees()) {
            RecordFilter filter = world.filterFor(employee, read);
            for (int size : new int[] {1, 2, 50}) {
                assertThat(wholeTimeline(world.acme, filter, size)).as("employee %s, size %d", employee, size)
                        .containsExactlyElementsOf(expected(saved, world.acme, filter));
            }
        }
        assertThat(wholeTimeline(world.acme, world.filterFor(world.anna, read), 50)).contains(yulias.id());
        assertThat(wholeTimeline(world.acme, r -> false, 3)).isEmpty();
    }

    @Test
    void newer_interactions_logged_while_paging_do_not_disturb_the_following_pages() {
        List<Interaction> saved = aTimeline();
        List<InteractionId> expected = expected(saved, world.acme, r -> true);
        TimelinePage first = stored().interactions().timelineOf(world.acme, r -> true, null, 3);

        Interaction newer = call(world.acme, world.boris, ContractWorld.T0.plus(Duration.ofDays(1)));
        stored().interactions().save(newer);

        List<InteractionId> seen = new ArrayList<>(first.items().stream().map(Interaction::id).toList());
        Optional<TimelineCursor> next = first.next();
        while (next.isPresent()) {
            TimelinePage page = stored().interactions().timelineOf(world.acme, r -> true, next.get(), 3);
            page.items().forEach(i -> seen.add(i.id()));
            next = page.next();
        }
        assertThat(seen).containsExactlyElementsOf(expected).doesNotContain(newer.id());
        assertThat(stored().interactions().timelineOf(world.acme, null, 1).items())
                .extracting(Interaction::id).containsExactly(newer.id());
    }

    @Test
    void a_timeline_entry_is_the_stored_interaction_whole() {
        aTimeline();
        Interaction corrected = call(world.acme, world.anna, ContractWorld.T0.plus(Duration.ofHours(9)));
        change(corrected);
        stored().interactions().save(corrected);
        RecordFilter annas = world.filterFor(world.anna, Permission.of(Resource.INTERACTION, Action.READ));

        for (RecordFilter filter : List.<RecordFilter>of(r -> true, annas)) {
            List<Interaction> page = stored().interactions().timelineOf(world.acme, filter, null, 50).items();
            assertThat(page).isNotEmpty();
            for (Interaction i : page) {
                Interaction saved = stored().interactions().get(i.id());
                assertThat(stateOf(i)).isEqualTo(stateOf(saved));
                assertThat(i.version()).isEqualTo(saved.version());
            }
        }
    }

    @Test
    void another_clients_interactions_never_appear_in_the_timeline() {
        List<Interaction> saved = aTimeline();

        assertThat(wholeTimeline(world.globex, r -> true, 2))
                .containsExactlyElementsOf(expected(saved, world.globex, r -> true));
        assertThat(wholeTimeline(ClientId.newId(), r -> true, 2)).isEmpty();
    }
}
