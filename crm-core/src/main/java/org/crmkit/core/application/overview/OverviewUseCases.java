package org.crmkit.core.application.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.claims.ClaimUseCases;
import org.crmkit.core.application.clients.ClientUseCases;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.contacts.ContactUseCases;
import org.crmkit.core.application.deals.DealUseCases;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.interactions.InteractionUseCases;
import org.crmkit.core.application.interactions.InteractionView;
import org.crmkit.core.application.internal.Redaction;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.application.tasks.TaskUseCases;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;
import org.crmkit.core.task.Task;

/** The 360° view: everything about one client, across channels, as this session may see it. */
public final class OverviewUseCases {
    /** Closed deals younger than this count as recent in the overview. */
    public static final Duration RECENT = Duration.ofDays(90);

    private final SessionContext session;
    private final ClientUseCases clients;

    public OverviewUseCases(SessionContext session) {
        this.session = session;
        this.clients = new ClientUseCases(session);
    }

    /** The first page of the overview, with {@code timelinePageSize} interactions. */
    public ClientOverview of(ClientId id, int timelinePageSize) {
        return of(id, null, timelinePageSize);
    }

    /** The overview with the timeline page that follows {@code after}. */
    public ClientOverview of(ClientId id, TimelineCursor after, int timelinePageSize) {
        var client = clients.get(id);
        Instant now = session.now();
        Redaction contactFields = new Redaction(session.fields(Resource.CONTACT));
        List<ContactView> contacts = session.repositories().contacts()
                .ofClient(id, session.filter(Permission.of(Resource.CONTACT, Action.READ))).stream()
                .map(c -> ContactUseCases.view(c, contactFields)).toList();
        Redaction dealFields = new Redaction(session.fields(Resource.DEAL));
        List<Deal> deals = session.repositories().deals()
                .ofClient(id, session.filter(Permission.of(Resource.DEAL, Action.READ)));
        List<DealView> open = deals.stream().filter(Deal::isOpen).map(d -> DealUseCases.view(d, dealFields)).toList();
        List<DealView> recent = deals.stream()
                .filter(d -> d.closedAt().map(at -> at.isAfter(now.minus(RECENT))).orElse(false))
                .sorted(Comparator.comparing((Deal d) -> d.closedAt().orElseThrow()).reversed())
                .map(d -> DealUseCases.view(d, dealFields)).toList();
        var claims = session.repositories().claims()
                .ofClient(id, session.filter(Permission.of(Resource.CLAIM, Action.READ))).stream()
                .filter(Claim::isOpen).map(ClaimUseCases::view).toList();
        var tasks = session.repositories().tasks()
                .ofClient(id, session.filter(Permission.of(Resource.TASK, Action.READ))).stream()
                .filter(Task::isOpen).map(t -> TaskUseCases.view(t, now)).toList();
        TimelinePage page = session.repositories().interactions().timelineOf(id,
                session.filter(Permission.of(Resource.INTERACTION, Action.READ)), after, timelinePageSize);
        List<InteractionView> timeline = page.items().stream().map(InteractionUseCases::view).toList();
        return new ClientOverview(client, contacts, open, recent, claims, tasks, timeline, page.next());
    }
}
