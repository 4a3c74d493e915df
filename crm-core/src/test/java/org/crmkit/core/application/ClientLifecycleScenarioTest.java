package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.ChangeClientStatus;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.CloseDeal;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.interactions.LogInteraction;
import org.crmkit.core.application.overview.ClientOverview;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.application.tasks.CreateTask.RouteStepInput;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskStatus;
import org.junit.jupiter.api.Test;

/**
 * One client's whole life through the sessions of the people who serve it: onboarding, a won and a lost deal,
 * a claim that goes to a supplier and comes back, tasks delegated and routed, interactions on several channels,
 * and off-boarding — with the 360° view, the listener and the outbox checked along the way.
 */
class ClientLifecycleScenarioTest {
    private final SessionWorld world = new SessionWorld();
    private final CrmSession anna = world.as(world.manager());
    private final CrmSession boris = world.as(world.colleague);
    private final CrmSession headOfService = world.as(StandardRoles.HEAD_OF_SERVICE_NAME);
    private final CrmSession agent = world.as(StandardRoles.SERVICE_AGENT_NAME);
    private final CrmSession headOfSales = world.as(StandardRoles.HEAD_OF_SALES_NAME);
    private final CrmSession admin = world.as(StandardRoles.ADMINISTRATOR_NAME);

    @Test
    void a_client_goes_from_onboarding_through_deals_claims_and_tasks_to_off_boarding() {
        int setUpEvents = world.heard.size();

        // Onboarding: a prospect with a contact, nothing else yet.
        ClientId client = anna.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        ContactId ivan = anna.contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO")
                .withEmail("ivan@romashka.ru").withPhone("+7 916 123-45-67").preferring(ChannelType.PHONE));
        ClientOverview first = admin.overview().of(client, 10);
        assertThat(first.client().status()).isEqualTo(ClientStatus.PROSPECT);
        assertThat(first.contacts()).extracting(c -> c.id()).containsExactly(ivan);
        assertThat(first.openDeals()).isEmpty();
        assertThat(first.timeline()).isEmpty();

        // Sales: one deal won, one lost; the first contract makes the client active.
        DealId servers = anna.deals().open(OpenDeal.of(client, "Servers").worth("1200000", "RUB"));
        DealId support = anna.deals().open(OpenDeal.of(client, "Support contract").worth("300000", "RUB"));
        anna.deals().advance(new MoveDeal(servers, "qualification"));
        anna.deals().advance(new MoveDeal(servers, "proposal"));
        ClientOverview selling = anna.overview().of(client, 10);
        assertThat(selling.openDeals()).extracting(d -> d.stage()).containsExactly("proposal", "lead");
        anna.deals().win(CloseDeal.win(servers));
        anna.deals().lose(CloseDeal.lose(support, "chose a cheaper supplier"));
        anna.clients().activate(client);
        anna.interactions().log(LogInteraction.of(client, InteractionKind.MEETING, InteractionChannel.SHOP,
                Direction.OUTBOUND, SessionWorld.NOW.minus(Duration.ofHours(3)), "Signed the servers contract")
                .with(ivan, servers, null));

        ClientOverview afterSales = anna.overview().of(client, 10);
        assertThat(afterSales.client().status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(afterSales.openDeals()).isEmpty();
        assertThat(afterSales.recentlyClosedDeals()).extracting(d -> d.title(), d -> d.status())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Servers", DealStatus.WON),
                        org.assertj.core.groups.Tuple.tuple("Support contract", DealStatus.LOST));
        assertThat(afterSales.timeline()).extracting(i -> i.summary()).containsExactly("Signed the servers contract");

        // Service: a claim registered by the agent, assigned by the head of service, a supplier involved,
        // resolved, closed, and reopened when the replacement fails too.
        ClaimId claim = agent.claims().register(RegisterClaim.of(client, ClaimChannel.CALL_CENTRE, "quality",
                Severity.HIGH, "Server fans are noisy", "Two of the delivered servers are loud").from(ivan)
                .about(servers, "SRV-2U"));
        agent.interactions().log(LogInteraction.of(client, InteractionKind.CALL, InteractionChannel.CALL_CENTRE,
                Direction.INBOUND, SessionWorld.NOW.minus(Duration.ofHours(1)), "Complained about noise")
                .with(ivan, null, claim));
        assertThat(admin.overview().of(client, 10).openClaims()).extracting(c -> c.id()).containsExactly(claim);
        headOfService.claims().review(claim);
        headOfService.claims().assign(claim, world.employee(StandardRoles.SERVICE_AGENT_NAME));
        agent.claims().involveSupplier(claim, "FanTech", "replace the fan modules",
                SessionWorld.NOW.plus(Duration.ofDays(5)));
        agent.claims().recordSupplierAnswer(claim, "modules shipped");
        agent.claims().resolve(claim, "fan modules replaced");
        assertThat(admin.overview().of(client, 10).openClaims()).isEmpty();
        agent.claims().close(claim);
        headOfService.claims().reopen(claim, "the new fans are loud too");
        var reopened = agent.claims().get(claim);
        assertThat(reopened.status()).isEqualTo(ClaimStatus.REOPENED);
        assertThat(reopened.suppliers()).singleElement().satisfies(s -> assertThat(s.supplier()).isEqualTo("FanTech"));
        assertThat(admin.overview().of(client, 10).openClaims()).extracting(c -> c.status())
                .containsExactly(ClaimStatus.REOPENED);

        // Tasks: one delegated to a colleague, one along a route of two sales managers set by their head.
        TaskId callBack = anna.tasks().create(CreateTask.of("Call back about the fans", world.manager(),
                SessionWorld.NOW.plus(Duration.ofDays(1))).about(client, null, claim));
        anna.tasks().delegate(callBack, world.colleague, "on leave tomorrow");
        boris.tasks().start(callBack);
        boris.tasks().complete(callBack);
        TaskId renewal = headOfSales.tasks().create(CreateTask.alongRoute("Prepare the renewal", List.of(
                new RouteStepInput("draft the offer", world.manager(), null),
                new RouteStepInput("check the prices", world.colleague, null)),
                SessionWorld.NOW.plus(Duration.ofDays(7))).about(client, null, null));
        assertThat(admin.overview().of(client, 10).openTasks()).extracting(t -> t.id()).containsExactly(renewal);
        anna.tasks().start(renewal);
        anna.tasks().completeStep(renewal, "offer drafted");
        assertThat(anna.tasks().get(renewal).assignee()).isEqualTo(world.colleague);
        boris.tasks().completeStep(renewal, "prices checked");
        assertThat(boris.tasks().get(renewal).status()).isEqualTo(TaskStatus.DONE);
        assertThat(boris.tasks().get(callBack).delegations()).hasSize(1);

        // Off-boarding: the history stays.
        anna.clients().offboard(new ChangeClientStatus(client, "the company was closed"));
        ClientOverview last = admin.overview().of(client, 1);
        assertThat(last.client().status()).isEqualTo(ClientStatus.OFFBOARDED);
        assertThat(last.client().history()).extracting(h -> h.to())
                .containsExactly(ClientStatus.ACTIVE, ClientStatus.OFFBOARDED);
        assertThat(last.openTasks()).isEmpty();
        assertThat(last.timeline()).extracting(i -> i.summary()).containsExactly("Complained about noise");
        assertThat(admin.overview().of(client, last.nextTimelinePage().orElseThrow(), 1).timeline())
                .extracting(i -> i.summary()).containsExactly("Signed the servers contract");

        // What the embedding application heard: in order, and exactly what went to the outbox.
        List<DomainEvent> events = world.heard.subList(setUpEvents, world.heard.size());
        assertThat(names(events)).containsSubsequence("ClientOnboarded", "ContactAdded", "DealOpened",
                "DealAdvanced", "DealAdvanced", "DealWon", "DealLost", "ClientActivated", "InteractionLogged",
                "ClaimRegistered", "InteractionLogged", "ClaimAssigned", "SupplierInvolved", "SupplierAnswered",
                "ClaimResolved", "ClaimClosed", "ClaimReopened", "TaskCreated", "TaskDelegated", "TaskCompleted",
                "TaskCreated", "TaskStepCompleted", "TaskHandedOn", "TaskStepCompleted", "TaskCompleted",
                "ClientOffboarded");
        assertThat(events.stream().filter(e -> e.aggregateId().equals(servers.value())).map(DomainEvent::type))
                .containsExactly("DealOpened", "DealAmountChanged", "DealAdvanced", "DealAdvanced", "DealWon");
        assertThat(world.outbox.events()).containsExactlyElementsOf(world.heard);
    }

    private static List<String> names(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::type).toList();
    }
}
