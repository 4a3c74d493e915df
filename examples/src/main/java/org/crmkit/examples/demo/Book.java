package org.crmkit.examples.demo;

import java.util.ArrayList;
import java.util.List;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.EmployeeId;

/** What the demo week has taken on so far: its clients and the deals still in play. Scenario state only. */
final class Book {
    /** A client of the week with its main contact person. */
    record ClientEntry(ClientId id, String name, EmployeeId owner, ContactId contact, boolean company) {
    }

    /** A deal still open, and how far along the standard pipeline it has come (0 = lead). */
    static final class DealInPlay {
        final DealId id;
        final ClientEntry client;
        int stage;

        DealInPlay(DealId id, ClientEntry client) {
            this.id = id;
            this.client = client;
        }
    }

    /** The open stages of the standard pipeline, in order. */
    static final List<String> STAGES = List.of("lead", "qualification", "proposal", "negotiation");

    final List<ClientEntry> clients = new ArrayList<>();
    final List<DealInPlay> openDeals = new ArrayList<>();

    ClientEntry client(int index) {
        return clients.get(index);
    }

    List<ClientEntry> companies() {
        return clients.stream().filter(ClientEntry::company).toList();
    }

    List<ClientEntry> people() {
        return clients.stream().filter(c -> !c.company()).toList();
    }
}
