package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.client.ClientFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.client.ClientFixtures.MANAGER;
import static org.crmkit.core.client.ClientFixtures.SUPERVISOR;
import static org.crmkit.core.client.ClientFixtures.at;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientFixtures;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.shared.ConcurrentModification;
import org.junit.jupiter.api.Test;

class InMemoryClientsTest {
    private final InMemoryClients clients = new InMemoryClients();

    @Test
    void a_client_is_found_by_its_key_in_another_system() {
        Client linked = ClientFixtures.active();
        linked.linkExternalId(ExternalId.of("1c", "000123"), at(5));
        clients.save(linked);
        clients.save(ClientFixtures.active());

        assertThat(clients.findByExternalId(ExternalId.of("1C", "000123")))
                .map(Client::id).contains(linked.id());
        assertThat(clients.findByExternalId(ExternalId.of("1c", "000999"))).isEmpty();
        assertThat(clients.findByExternalId(ExternalId.of("salesforce", "000123"))).isEmpty();
    }

    @Test
    void all_and_owned_by_list_clients_in_id_order() {
        Client mine = ClientFixtures.active();
        Client theirs = ClientFixtures.prospect();
        theirs.reassignOwner(SUPERVISOR, KEY_ACCOUNTS, at(5));
        Client alsoMine = ClientFixtures.suspended();
        Stream.of(alsoMine, theirs, mine).forEach(clients::save);

        List<Client> expected = Stream.of(mine, theirs, alsoMine)
                .sorted(Comparator.comparing(c -> c.id().value())).toList();
        assertThat(clients.all()).extracting(Client::id).containsExactlyElementsOf(
                expected.stream().map(Client::id).toList());
        assertThat(clients.ownedBy(MANAGER)).extracting(Client::id).containsExactlyElementsOf(
                expected.stream().filter(c -> c.owner().equals(MANAGER)).map(Client::id).toList());
    }

    @Test
    void a_loaded_client_is_a_copy_and_a_stale_one_cannot_be_saved() {
        Client client = ClientFixtures.active();
        clients.save(client);
        Client first = clients.get(client.id());
        Client second = clients.get(client.id());

        first.suspend("dispute", at(5));
        assertThat(clients.get(client.id()).snapshot()).isEqualTo(client.snapshot());
        clients.save(first);
        second.tag("vip", at(6));

        assertThatThrownBy(() -> clients.save(second)).isInstanceOf(ConcurrentModification.class);
        assertThat(clients.get(client.id()).snapshot()).isEqualTo(first.snapshot());
    }
}
