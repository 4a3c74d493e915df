package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What a port with an access-filtered, keyset-paged list promises on top of {@link AggregateRepositoryContract}:
 * pages in id order (ids compared as unsigned 128-bit numbers, as PostgreSQL compares {@code uuid}), each record
 * exactly once, every page but the last full, stable while records are inserted; and the list applies the filter
 * exactly as the per-record check does ({@code filter.admits(ProtectedRecords.of(record))}) — for the standard
 * roles' filters, shares included, and for a plain predicate (a system context passes {@code record -> true}).
 */
public abstract class ListedRepositoryContract<A extends AggregateRoot<I>, I> extends AggregateRepositoryContract<A, I> {
    /** Ids compared as unsigned numbers, the order SQL gives {@code uuid} columns. */
    protected static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** A new aggregate of the client, owned by (or assigned to) the employee, in the employee's department. */
    protected abstract A aNew(ClientId client, EmployeeId owner);

    protected abstract Page<A> list(RecordFilter filter, PageRequest page);

    /** What access control sees of the aggregate (the core's {@code ProtectedRecords.of}). */
    protected abstract ProtectedRecord record(A aggregate);

    /** The permission a session lists these records with. */
    protected abstract Permission readPermission();

    protected abstract UUID key(I id);

    /** Records of this port the seeded world already holds (its two clients, for the clients port). */
    protected List<UUID> seededKeys() {
        return List.of();
    }

    @Override
    protected A aNew() {
        return aNew(world.acme, world.anna);
    }

    /** Saves records owned by every employee of the world, for both clients; returns their ids. */
    protected List<UUID> aSpreadOfRecords() {
        List<UUID> ids = new ArrayList<>();
        for (EmployeeId owner : world.employees()) {
            for (ClientId client : List.of(world.acme, world.globex)) {
                A a = aNew(client, owner);
                port().save(a);
                ids.add(key(a.id()));
            }
        }
        return ids;
    }

    private List<UUID> allPages(RecordFilter filter, int size) {
        List<UUID> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<A> page = list(filter, request);
            List<UUID> keys = page.items().stream().map(a -> key(a.id())).toList();
            seen.addAll(keys);
            if (page.next().isEmpty()) {
                return seen;
            }
            assertThat(keys).as("a page before the last is full").hasSize(size);
            assertThat(page.next()).as("the next key is the last id of the page").contains(keys.get(size - 1));
            request = page.nextRequest(size);
        }
    }

    private List<UUID> admittedByHand(RecordFilter filter) {
        List<UUID> admitted = new ArrayList<>();
        for (UUID id : allPages(r -> true, 100)) {
            A a = findByKey(id);
            if (filter.admits(record(a))) {
                admitted.add(id);
            }
        }
        return admitted;
    }

    private A findByKey(UUID key) {
        return list(r -> true, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(a -> key(a.id()).equals(key)).findFirst().orElseThrow();
    }

    @Test
    void the_list_pages_through_every_record_once_in_id_order() {
        List<UUID> ids = new ArrayList<>(seededKeys());
        ids.addAll(aSpreadOfRecords());

        for (int size : new int[] {1, 3, 4, 100}) {
            List<UUID> seen = allPages(r -> true, size);
            assertThat(seen).as("page size " + size).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(ids)
                    .isSortedAccordingTo(UNSIGNED);
        }
    }

    @Test
    void a_list_with_nothing_admitted_is_one_empty_last_page() {
        Page<A> page = list(r -> !seededKeys().contains(r.id()), PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void a_page_after_the_last_record_is_empty() {
        List<UUID> ids = aSpreadOfRecords();
        UUID last = ids.stream().max(UNSIGNED).orElseThrow();

        Page<A> page = list(r -> true, new PageRequest(last, 5));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void paging_is_stable_while_records_are_inserted() {
        List<UUID> before = aSpreadOfRecords();
        Page<A> first = list(r -> true, PageRequest.first(4));
        List<UUID> seen = new ArrayList<>(first.items().stream().map(a -> key(a.id())).toList());

        List<UUID> inserted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            A a = aNew(world.globex, world.boris);
            port().save(a);
            inserted.add(key(a.id()));
        }
        Optional<UUID> next = first.next();
        while (next.isPresent()) {
            Page<A> page = list(r -> true, new PageRequest(next.get(), 4));
            page.items().forEach(a -> seen.add(key(a.id())));
            next = page.next();
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(before).isSortedAccordingTo(UNSIGNED);
        // Records inserted later have later ids: they come after the first page, so none of them is skipped.
        assertThat(seen).containsAll(inserted);
    }

    @Test
    void the_filtered_list_agrees_with_the_filters_per_record_check() {
        aSpreadOfRecords();
        List<UUID> all = allPages(r -> true, 100);
        // One of Yulia's records is shared with Anna, so the shared-ids branch of the filter is exercised too.
        A yulias = all.stream().map(this::findByKey)
                .filter(a -> record(a).owner().equals(world.yulia)).findFirst().orElseThrow();
        world.share(readPermission(), key(yulias.id()), world.anna);

        for (EmployeeId employee : world.employees()) {
            RecordFilter filter = world.filterFor(employee, readPermission());
            for (int size : new int[] {1, 2, 100}) {
                assertThat(allPages(filter, size)).as("employee %s, page size %d", employee, size)
                        .containsExactlyElementsOf(admittedByHand(filter));
            }
        }
        assertThat(allPages(world.filterFor(world.anna, readPermission()), 100)).contains(key(yulias.id()));
    }

    @Test
    void a_listed_record_is_the_stored_aggregate_whole() {
        aSpreadOfRecords();
        for (EmployeeId owner : world.employees()) {
            A changed = aNew(world.acme, owner);
            change(changed);
            port().save(changed);
        }
        List<RecordFilter> filters = new ArrayList<>(List.of(r -> true));
        world.employees().forEach(e -> filters.add(world.filterFor(e, readPermission())));

        int scopedSeen = 0;
        for (RecordFilter filter : filters) {
            List<A> listed = list(filter, PageRequest.first(PageRequest.MAX_SIZE)).items();
            scopedSeen += filter == filters.get(0) ? 0 : listed.size();
            for (A a : listed) {
                A stored = port().get(a.id());
                assertThat(stateOf(a)).isEqualTo(stateOf(stored));
                assertThat(a.version()).isEqualTo(stored.version());
            }
        }
        assertThat(scopedSeen).as("records listed through the standard roles' filters").isPositive();
    }

    @Test
    void the_list_honours_a_filter_that_is_a_plain_predicate() {
        aSpreadOfRecords();
        RecordFilter borisOnly = r -> r.owner().equals(world.boris);

        assertThat(allPages(borisOnly, 1)).isNotEmpty().containsExactlyElementsOf(admittedByHand(borisOnly));
        assertThat(allPages(r -> false, 3)).isEmpty();
    }
}
