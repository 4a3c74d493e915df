package org.crmkit.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.client.ClientFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.client.ClientFixtures.MANAGER;
import static org.crmkit.core.client.ClientFixtures.SALES;
import static org.crmkit.core.client.ClientFixtures.SUPERVISOR;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TaxId;

/**
 * Random sequences of client commands, legal and not, never break a client's invariants, and every refused
 * command leaves the client exactly as it was.
 */
class ClientProperties {
    private static final Map<ClientStatus, Set<ClientStatus>> ALLOWED_MOVES = Map.of(
            ClientStatus.PROSPECT, EnumSet.of(ClientStatus.ACTIVE, ClientStatus.OFFBOARDED),
            ClientStatus.ACTIVE, EnumSet.of(ClientStatus.SUSPENDED, ClientStatus.OFFBOARDED),
            ClientStatus.SUSPENDED, EnumSet.of(ClientStatus.ACTIVE, ClientStatus.OFFBOARDED),
            ClientStatus.OFFBOARDED, EnumSet.noneOf(ClientStatus.class));

    @Property(tries = 300)
    void command_sequences_keep_the_client_consistent(@ForAll("clientLives") ActionChain<Client> chain) {
        chain.withInvariant("lifecycle", ClientProperties::historyIsAConnectedLegalPath)
                .withInvariant("one status event per move", ClientProperties::eachMoveRaisedOneEvent)
                .withInvariant("normalised tags and keys", ClientProperties::tagsAndKeysAreNormalised)
                .withInvariant("restorable", c ->
                        assertThat(Client.restore(c.snapshot(), 1).snapshot()).isEqualTo(c.snapshot()))
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Client>> clientLives() {
        return ActionChain.<Client>startWith(ClientFixtures::prospect)
                .withAction(3, command("activate", Arbitraries.just(c -> c.activate(stamp()))))
                .withAction(3, command("suspend", reasons().map(r -> c -> c.suspend(r, stamp()))))
                .withAction(3, command("reactivate", reasons().map(r -> c -> c.reactivate(r, stamp()))))
                .withAction(1, command("offboard", reasons().map(r -> c -> c.offboard(r, stamp()))))
                .withAction(command("reassign", Arbitraries.of(
                        c -> c.reassignOwner(SUPERVISOR, KEY_ACCOUNTS, stamp()),
                        c -> c.reassignOwner(MANAGER, SALES, stamp()))))
                .withAction(command("segment", Arbitraries.of("premium", "SMB", " smb ")
                        .map(s -> c -> c.changeSegment(Segment.of(s), stamp()))))
                .withAction(command("tag", tags().map(t -> c -> c.tag(t, stamp()))))
                .withAction(command("untag", tags().map(t -> c -> c.untag(t, stamp()))))
                .withAction(command("link", Combinators.combine(Arbitraries.of("1c", "1C", "salesforce"),
                                Arbitraries.of("A-1", "A-2"))
                        .as((system, key) -> c -> c.linkExternalId(ExternalId.of(system, key), stamp()))))
                .withAction(command("rename", Arbitraries.of("Romashka", "Romashka Group", " ")
                        .map(n -> c -> c.rename(n, stamp()))))
                .withAction(command("tax id", Arbitraries.of(ClientFixtures.KPP, TaxId.kpp("500101001"),
                        ClientFixtures.OGRNIP, ClientFixtures.PERSON_INN).map(t -> c -> c.recordTaxId(t, stamp()))))
                .withMaxTransformations(40);
    }

    /**
     * An action that runs a command and, when the client refuses it with a domain exception, checks that
     * nothing changed; an off-boarded client must not change even when a command is (wrongly) accepted.
     */
    private static Action.Independent<Client> command(String name, Arbitrary<Consumer<Client>> commands) {
        return () -> commands.map(command -> Transformer.mutate(name, client -> {
            Client.Snapshot before = client.snapshot();
            List<DomainEvent> eventsBefore = client.pendingEvents();
            try {
                command.accept(client);
            } catch (DomainException refused) {
                assertThat(client.snapshot()).as("state after refused " + name).isEqualTo(before);
                assertThat(client.pendingEvents()).as("events after refused " + name).isEqualTo(eventsBefore);
            }
            if (before.status() == ClientStatus.OFFBOARDED) {
                assertThat(client.snapshot()).as("off-boarded client after " + name).isEqualTo(before);
            }
        }));
    }

    private static void historyIsAConnectedLegalPath(Client client) {
        ClientStatus current = ClientStatus.PROSPECT;
        for (StatusChange change : client.history()) {
            assertThat(change.from()).isEqualTo(current);
            assertThat(ALLOWED_MOVES.get(current)).contains(change.to());
            boolean needsReason = change.to() != ClientStatus.ACTIVE || change.from() == ClientStatus.SUSPENDED;
            if (needsReason) {
                assertThat(change.reason()).isNotBlank();
            }
            current = change.to();
        }
        assertThat(client.status()).isEqualTo(current);
    }

    private static void eachMoveRaisedOneEvent(Client client) {
        long moves = client.pendingEvents().stream().filter(e -> e instanceof ClientActivated
                || e instanceof ClientSuspended || e instanceof ClientReactivated || e instanceof ClientOffboarded)
                .count();
        assertThat(moves).isEqualTo(client.history().size());
    }

    private static void tagsAndKeysAreNormalised(Client client) {
        client.tags().forEach(t -> assertThat(t).isEqualTo(t.strip().toLowerCase(Locale.ROOT)));
        client.externalIds().forEach((system, id) -> assertThat(id.system()).isEqualTo(system));
        client.taxIds().forEach(t -> assertThat(t.kind()).isIn(TaxId.Kind.INN_LEGAL, TaxId.Kind.KPP,
                TaxId.Kind.OGRN));
    }

    private static Arbitrary<String> reasons() {
        return Arbitraries.of("dispute", "paid", "", "  ", null);
    }

    private static Arbitrary<String> tags() {
        return Arbitraries.of("vip", "VIP ", "export", "", "Key-Account");
    }

    private static Stamp stamp() {
        return ClientFixtures.at(1);
    }
}
