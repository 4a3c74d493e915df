package org.crmkit.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.client.ClientFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.client.ClientFixtures.MANAGER;
import static org.crmkit.core.client.ClientFixtures.SALES;
import static org.crmkit.core.client.ClientFixtures.SUPERVISOR;

import java.util.List;
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
import org.crmkit.core.client.ClientFixtures;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Stamp;

/**
 * Random sequences of contact commands, legal and not, never break a contact's invariants (a client link, no
 * duplicate channels, a preferred channel it has, append-only consents), and a refused command changes nothing.
 */
class ContactProperties {
    private static final List<ClientId> CLIENTS = List.of(
            ClientId.of("0190a000-0000-7000-8000-0000000000c1"),
            ClientId.of("0190a000-0000-7000-8000-0000000000c2"),
            ClientId.of("0190a000-0000-7000-8000-0000000000c3"));
    private static final List<Channel> CHANNELS = List.of(ContactFixtures.EMAIL, ContactFixtures.PHONE,
            ContactFixtures.TELEGRAM, Channel.messenger(Messenger.MAX, "+79123456789"));

    @Property(tries = 300)
    void command_sequences_keep_the_contact_consistent(@ForAll("contactLives") ActionChain<Contact> chain) {
        chain.withInvariant("linked to a client", c -> assertThat(c.clients()).isNotEmpty())
                .withInvariant("channels", ContactProperties::channelsAreDistinctAndPreferredIsOne)
                .withInvariant("consents", ContactProperties::withdrawalsFollowAGivenConsent)
                .withInvariant("restorable", c ->
                        assertThat(Contact.restore(c.snapshot(), 1).snapshot()).isEqualTo(c.snapshot()))
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Contact>> contactLives() {
        Arbitrary<ClientId> clients = Arbitraries.of(CLIENTS);
        Arbitrary<Channel> channels = Arbitraries.of(CHANNELS);
        Arbitrary<ConsentPurpose> purposes = Arbitraries.of(ConsentPurpose.class);
        Arbitrary<String> sources = Arbitraries.of("web-form", "paper", "call", " ");
        return ActionChain.<Contact>startWith(() -> ContactFixtures.contactOf(CLIENTS.get(0)))
                .withAction(command("link", clients.map(id -> c -> c.linkTo(id, stamp()))))
                .withAction(2, command("unlink", clients.map(id -> c -> c.unlinkFrom(id, stamp()))))
                .withAction(2, command("add channel", channels.map(ch -> c -> c.addChannel(ch, stamp()))))
                .withAction(command("remove channel", channels.map(ch -> c -> c.removeChannel(ch, stamp()))))
                .withAction(2, command("prefer", channels.map(ch -> c -> c.preferChannel(ch, stamp()))))
                .withAction(2, command("give consent", Combinators.combine(purposes, sources)
                        .as((p, s) -> c -> c.giveConsent(p, s, stamp()))))
                .withAction(2, command("withdraw consent", Combinators.combine(purposes, sources)
                        .as((p, s) -> c -> c.withdrawConsent(p, s, stamp()))))
                .withAction(command("reassign", Arbitraries.of(
                        c -> c.reassignOwner(SUPERVISOR, KEY_ACCOUNTS, stamp()),
                        c -> c.reassignOwner(MANAGER, SALES, stamp()))))
                .withMaxTransformations(40);
    }

    /** Runs a command; a refusal must leave state and events untouched, and consents only ever grow. */
    private static Action.Independent<Contact> command(String name, Arbitrary<Consumer<Contact>> commands) {
        return () -> commands.map(command -> Transformer.mutate(name, contact -> {
            Contact.Snapshot before = contact.snapshot();
            List<DomainEvent> eventsBefore = contact.pendingEvents();
            try {
                command.accept(contact);
            } catch (DomainException refused) {
                assertThat(contact.snapshot()).as("state after refused " + name).isEqualTo(before);
                assertThat(contact.pendingEvents()).as("events after refused " + name).isEqualTo(eventsBefore);
            }
            List<ConsentRecord> after = contact.consents();
            assertThat(after).hasSizeGreaterThanOrEqualTo(before.consents().size());
            assertThat(after.subList(0, before.consents().size())).isEqualTo(before.consents());
        }));
    }

    private static void channelsAreDistinctAndPreferredIsOne(Contact contact) {
        assertThat(contact.channels()).doesNotHaveDuplicates();
        contact.preferredChannel().ifPresent(p -> assertThat(contact.channels()).contains(p));
    }

    private static void withdrawalsFollowAGivenConsent(Contact contact) {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            List<ConsentRecord> records = contact.consents().stream().filter(r -> r.purpose() == purpose).toList();
            for (int i = 0; i < records.size(); i++) {
                if (!records.get(i).given()) {
                    assertThat(i).isPositive();
                    assertThat(records.get(i - 1).given()).isTrue();
                }
            }
            boolean latest = !records.isEmpty() && records.get(records.size() - 1).given();
            assertThat(contact.hasConsent(purpose)).isEqualTo(latest);
        }
    }

    private static Stamp stamp() {
        return ClientFixtures.at(1);
    }
}
