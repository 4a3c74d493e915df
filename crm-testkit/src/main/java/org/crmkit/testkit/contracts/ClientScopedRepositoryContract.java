package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

/**
 * For ports whose records belong to a client (contacts, deals, claims, tasks): {@code ofClient} returns the
 * client's records and no other, in the port's documented order, and its filtered form agrees with the filter's
 * per-record check.
 */
public abstract class ClientScopedRepositoryContract<A extends AggregateRoot<I>, I>
        extends ListedRepositoryContract<A, I> {

    protected abstract List<A> ofClient(ClientId client);

    protected abstract List<A> ofClient(ClientId client, RecordFilter filter);

    /** The order the port documents for its per-client lists. */
    protected abstract Comparator<A> clientOrder();

    /** The client a record belongs to (for a contact linked to several: any of them may be asked about). */
    protected abstract boolean belongsTo(A aggregate, ClientId client);

    @Test
    void of_client_returns_the_clients_records_and_no_other_in_the_ports_order() {
        aSpreadOfRecords();
        for (EmployeeId owner : world.employees()) {
            A extra = aNew(world.acme, owner);
            port().save(extra);
        }

        List<A> ofAcme = ofClient(world.acme);

        assertThat(ofAcme).isNotEmpty().allSatisfy(a -> assertThat(belongsTo(a, world.acme)).isTrue());
        assertThat(ofAcme).isSortedAccordingTo(clientOrder());
        assertThat(ofAcme).hasSize(2 * world.employees().size());
        assertThat(ofClient(ClientId.newId())).isEmpty();
    }

    @Test
    void the_filtered_client_list_agrees_with_the_filters_per_record_check() {
        aSpreadOfRecords();
        for (EmployeeId employee : world.employees()) {
            RecordFilter filter = world.filterFor(employee, readPermission());
            List<A> expected = ofClient(world.acme).stream().filter(a -> filter.admits(record(a))).toList();

            assertThat(ofClient(world.acme, filter)).as("employee %s", employee)
                    .extracting(a -> key(a.id()))
                    .containsExactlyElementsOf(expected.stream().map(a -> key(a.id())).toList());
        }
        assertThat(ofClient(world.acme, r -> false)).isEmpty();
    }

    @Test
    void a_record_of_the_filtered_client_list_is_the_stored_aggregate_whole() {
        aSpreadOfRecords();
        for (EmployeeId owner : world.employees()) {
            A changed = aNew(world.acme, owner);
            change(changed);
            port().save(changed);
        }
        int seen = 0;
        for (EmployeeId employee : world.employees()) {
            for (A a : ofClient(world.acme, world.filterFor(employee, readPermission()))) {
                seen++;
                assertThat(stateOf(a)).isEqualTo(stateOf(port().get(a.id())));
                assertThat(a.version()).isEqualTo(port().get(a.id()).version());
            }
        }
        assertThat(seen).as("records listed through the standard roles' filters").isPositive();
    }
}
