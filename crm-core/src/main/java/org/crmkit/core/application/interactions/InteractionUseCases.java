package org.crmkit.core.application.interactions;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.client.Client;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionLinks;
import org.crmkit.core.interaction.Participants;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.Employee;

/** Meetings, calls, emails, messages, visits and notes: what makes up the 360° view of a client. */
public final class InteractionUseCases {
    private static final Permission CREATE = Permission.of(Resource.INTERACTION, Action.CREATE);
    private static final Permission READ = Permission.of(Resource.INTERACTION, Action.READ);
    private static final Permission CLIENT_READ = Permission.of(Resource.CLIENT, Action.READ);

    private final SessionContext session;

    public InteractionUseCases(SessionContext session) {
        this.session = session;
    }

    public InteractionId log(LogInteraction command) {
        session.validate(command);
        return session.run(() -> {
            Client client = session.repositories().clients().get(command.client());
            session.require(CREATE);
            session.require(CLIENT_READ, ProtectedRecords.of(client));
            if (command.contact() != null) {
                session.repositories().contacts().get(command.contact());
            }
            Employee author = session.responsibleFor(client);
            Interaction interaction = Interaction.log(InteractionId.newId(), command.kind(), command.channel(),
                    command.direction(), command.occurredAt(),
                    new Participants(command.participants(),
                            command.contact() == null ? java.util.Set.of() : java.util.Set.of(command.contact())),
                    command.summary(),
                    new InteractionLinks(client.id(), command.contact(), command.deal(), command.claim()),
                    author.department(), session.stamp());
            session.store(session.repositories().interactions(), interaction);
            return interaction.id();
        });
    }

    public InteractionView get(InteractionId id) {
        Interaction interaction = session.repositories().interactions().get(id);
        session.require(READ, ProtectedRecords.of(interaction));
        return view(interaction);
    }

    public static InteractionView view(Interaction i) {
        return new InteractionView(i.id(), i.kind(), i.channel(), i.direction(), i.occurredAt(), i.summary(),
                i.links().contact(), i.links().deal(), i.links().claim(), i.loggedBy());
    }
}
