package org.crmkit.core.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/** Logged interactions for tests (to move to crm-testkit). */
public final class InteractionFixtures {
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    public static final EmployeeId AGENT = EmployeeId.of("01950000-0000-7000-8000-000000000021");
    public static final DepartmentId CALL_CENTRE = DepartmentId.of("01950000-0000-7000-8000-0000000000d6");
    public static final ClientId CLIENT = ClientId.of("01950000-0000-7000-8000-0000000000c3");
    public static final ContactId CONTACT = ContactId.of("01950000-0000-7000-8000-0000000000e1");

    private InteractionFixtures() {
    }

    public static Stamp at(long minutes) {
        return Stamp.of(AGENT, T0.plus(Duration.ofMinutes(minutes)));
    }

    /** An inbound call with the fixture contact, logged an hour after T0. */
    public static Interaction aCall() {
        return aCallOf(CLIENT, InteractionId.newId(), T0);
    }

    /** An inbound call of the client that happened at the given moment, logged then too. */
    public static Interaction aCallOf(ClientId client, InteractionId id, Instant occurredAt) {
        return Interaction.log(id, InteractionKind.CALL, InteractionChannel.PHONE, Direction.INBOUND, occurredAt,
                Participants.of(Set.of(AGENT), Set.of(CONTACT)), "Asked when the replacement will arrive",
                InteractionLinks.toClient(client).withContact(CONTACT), CALL_CENTRE,
                Stamp.of(AGENT, occurredAt.plus(Duration.ofHours(1))));
    }
}
