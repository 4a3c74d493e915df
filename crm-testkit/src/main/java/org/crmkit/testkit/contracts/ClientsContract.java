package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.crmkit.core.client.Clients} port. */
public abstract class ClientsContract extends ListedRepositoryContract<Client, ClientId> {
    @Override
    protected Repository<Client, ClientId> repository(Repositories repositories) {
        return repositories.clients();
    }

    @Override
    protected Client aNew(ClientId ignored, EmployeeId owner) {
        return Client.onboardCompany(ClientId.newId(), "OOO Contract " + UUID.randomUUID(), List.of(), owner,
                world.departmentOf(owner), world.next(owner));
    }

    @Override
    protected void change(Client client) {
        client.tag("tag-" + client.tags().size(), world.next(client.owner()));
    }

    @Override
    protected Object stateOf(Client client) {
        return client.snapshot();
    }

    @Override
    protected List<UUID> seededKeys() {
        return List.of(world.acme.value(), world.globex.value());
    }

    @Override
    protected Page<Client> list(RecordFilter filter, PageRequest page) {
        return stored().clients().list(filter, page);
    }

    @Override
    protected ProtectedRecord record(Client client) {
        return ProtectedRecords.of(client);
    }

    @Override
    protected Permission readPermission() {
        return Permission.of(Resource.CLIENT, Action.READ);
    }

    @Override
    protected UUID key(ClientId id) {
        return id.value();
    }

    @Test
    void a_client_is_found_by_its_external_key() {
        Client client = aNew();
        client.linkExternalId(ExternalId.of("erp", "C-1001"), world.next(world.anna));
        stored().clients().save(client);

        assertThat(stored().clients().findByExternalId(ExternalId.of("erp", "C-1001")))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(client.id()));
        assertThat(stored().clients().findByExternalId(ExternalId.of("erp", "C-1002"))).isEmpty();
        assertThat(stored().clients().findByExternalId(ExternalId.of("other", "C-1001"))).isEmpty();
    }

    @Test
    void all_and_owned_by_are_ordered_by_id() {
        aSpreadOfRecords();

        assertThat(stored().clients().all()).extracting(c -> c.id().value()).isSortedAccordingTo(UNSIGNED)
                .hasSize(2 + 2 * world.employees().size());
        assertThat(stored().clients().ownedBy(world.boris)).hasSize(2)
                .allSatisfy(c -> assertThat(c.owner()).isEqualTo(world.boris))
                .extracting(c -> c.id().value()).isSortedAccordingTo(UNSIGNED);
    }
}
