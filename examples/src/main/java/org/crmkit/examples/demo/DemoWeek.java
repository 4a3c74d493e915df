package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.deals.CloseDeal;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.interactions.LogInteraction;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.application.tasks.CreateTask.RouteStepInput;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.TaskId;
import org.crmkit.examples.demo.Book.ClientEntry;
import org.crmkit.examples.demo.Book.DealInPlay;

/**
 * A working week of the demo company, one method per day. Everything goes through the CRM's use cases as the
 * employee who would do it, so every step passes the same access checks an application would. Chance (which
 * deal moves, the amounts, the tax ids) comes from {@code new Random(42)}: every run tells the same story.
 */
final class DemoWeek {
    private static final String CURRENCY = "RUB";
    private static final List<String> LOSS_REASONS = List.of("price above the customer's budget",
            "chose a competitor with faster delivery", "project postponed to next year");

    private final Crm crm;
    private final DemoClock clock;
    private final DemoCompany staff;
    private final Random random = new Random(42);
    private final Onboarding onboarding;
    private final Book book = new Book();
    private final List<String> diary = new ArrayList<>();

    private DealId showcaseServers;
    private DealId colleaguesDeal;
    private ClaimId routerClaim;
    private ClaimId vatClaim;
    private TaskId deliveryDates;
    private TaskId contractRoute;
    /** The proposal tasks still open, with who has them. */
    private final Map<TaskId, EmployeeId> proposals = new LinkedHashMap<>();

    DemoWeek(Crm crm, DemoClock clock, DemoCompany staff) {
        this.crm = crm;
        this.clock = clock;
        this.staff = staff;
        this.onboarding = new Onboarding(crm, random);
    }

    /** Runs Monday to Friday and returns what the report needs to know about the week. */
    WeekFacts run() {
        monday();
        tuesday();
        wednesday();
        thursday();
        friday();
        clock.setTo(4, LocalTime.of(18, 30));
        ClientEntry showcase = book.client(0);
        return new WeekFacts(showcase.id(), showcase.name(), showcase.owner(), colleaguesDeal, List.copyOf(diary));
    }

    private void monday() {
        clock.setTo(0, LocalTime.of(9, 0));
        List<EmployeeId> managers = staff.salesManagers();
        for (int i = 0; i < Onboarding.COMPANIES.size(); i++) {
            tick();
            ClientEntry client = onboarding.company(i, managers.get(i % managers.size()));
            book.clients.add(client);
            DealId deal = openDeal(client, "Servers and network for " + client.name(), 150, 4_000);
            if (i == 0) {
                showcaseServers = deal;
            } else {
                play(deal, client);
            }
            if (i == 1) {
                colleaguesDeal = deal;
            }
            log(client.owner(), client, InteractionKind.EMAIL, InteractionChannel.EMAIL, Direction.OUTBOUND,
                    "Sent the company presentation and price list", deal, null);
        }
        for (int i = 0; i < Onboarding.PEOPLE.size(); i++) {
            tick();
            ClientEntry person = onboarding.person(i, managers.get((i + 2) % managers.size()));
            book.clients.add(person);
            play(openDeal(person, "Home network kit", 30, 90), person);
            log(person.owner(), person, InteractionKind.VISIT, InteractionChannel.SHOP, Direction.INBOUND,
                    "Visited the showroom, asked about a home network kit", null, null);
        }
        ClientEntry showcase = book.client(0);
        openDeal(showcase, "Service contract 2027", 600, 900);
        for (ClientEntry client : book.companies()) {
            tick();
            proposals.put(as(client.owner()).tasks().create(CreateTask.of("Send the commercial proposal to "
                    + client.name(), client.owner(), at(2, 18, 0)).about(client.id(), null, null)), client.owner());
        }
        note("Mon", book.clients.size() + " clients onboarded (" + book.companies().size() + " companies, "
                + book.people().size() + " private persons), " + (book.openDeals.size() + 2) + " deals opened, "
                + proposals.size() + " proposal tasks set");
    }

    private void tuesday() {
        clock.setTo(1, LocalTime.of(9, 0));
        int moved = advanceDeals(0.8);
        callSomeClients(null, InteractionChannel.PHONE, "Call: discussed the specification");
        ClientEntry showcase = book.client(0);
        advanceTo(showcaseServers, showcase, "qualification");
        log(staff.anna(), showcase, InteractionKind.MEETING, InteractionChannel.SHOP, Direction.INBOUND,
                "Ivan Petrov came to the showroom to see the rack servers", showcaseServers, null);
        EmployeeId dmitry = staff.serviceAgents().get(0);
        EmployeeId zoya = staff.serviceAgents().get(1);
        tick();
        routerClaim = as(dmitry).claims().register(RegisterClaim.of(showcase.id(), ClaimChannel.CALL_CENTRE,
                "defect", Severity.HIGH, "Router from the November delivery does not power on",
                "Unit SN 4471-22 shows no lights after unpacking.").from(showcase.contact()));
        log(dmitry, showcase, InteractionKind.CALL, InteractionChannel.CALL_CENTRE, Direction.INBOUND,
                "Customer called the hotline about a dead router", null, routerClaim);
        CrmSession headOfService = as(staff.headOfService());
        headOfService.claims().review(routerClaim);
        headOfService.claims().assign(routerClaim, zoya);

        tick();
        deliveryDates = as(staff.headOfSales()).tasks().create(CreateTask.of("Agree the delivery dates with "
                + showcase.name(), staff.anna(), at(3, 12, 0)).about(showcase.id(), showcaseServers, null));
        as(staff.anna()).tasks().delegate(deliveryDates, staff.boris(), "at the customer's site on Thursday");
        int done = completeSome(proposals, 0.3);
        note("Tue", count(moved, "deal") + " moved on, 1 claim by the call centre (reviewed, assigned to "
                + staff.nameOf(zoya) + "), 1 task delegated, " + count(done, "proposal") + " sent");
    }

    private void wednesday() {
        clock.setTo(2, LocalTime.of(9, 0));
        int moved = advanceDeals(0.7);
        int lost = loseSome(0.15);
        ClientEntry showcase = book.client(0);
        advanceTo(showcaseServers, showcase, "proposal");
        log(staff.anna(), showcase, InteractionKind.EMAIL, InteractionChannel.EMAIL, Direction.OUTBOUND,
                "Sent the proposal: 2 racks, switches, installation", showcaseServers, null);
        EmployeeId dmitry = staff.serviceAgents().get(0);
        EmployeeId zoya = staff.serviceAgents().get(1);
        tick();
        as(zoya).claims().involveSupplier(routerClaim, "NetLine Distribution",
                "replace or repair router SN 4471-22", at(4, 18, 0));
        log(zoya, showcase, InteractionKind.CALL, InteractionChannel.PHONE, Direction.OUTBOUND,
                "Told the customer the supplier is checking the router", null, routerClaim);

        ClientEntry billing = book.client(2);
        tick();
        vatClaim = as(zoya).claims().register(RegisterClaim.of(billing.id(), ClaimChannel.SOCIAL_NETWORK,
                "billing", Severity.MEDIUM, "Invoice shows the wrong VAT rate",
                "Posted on our page: invoice 2211 charges 18% VAT instead of 20%.").from(billing.contact()));
        log(zoya, billing, InteractionKind.MESSAGE, InteractionChannel.SOCIAL_NETWORK, Direction.INBOUND,
                "Complaint about the VAT rate on invoice 2211", null, vatClaim);
        as(staff.headOfService()).claims().review(vatClaim);
        as(staff.headOfService()).claims().assign(vatClaim, dmitry);

        tick();
        contractRoute = as(staff.headOfSales()).tasks().create(CreateTask.alongRoute(
                "Contract for " + showcase.name() + ": servers and network", List.of(
                        new RouteStepInput("Draft the contract", staff.anna(), at(2, 18, 0)),
                        new RouteStepInput("Approve the discount", staff.headOfSales(), at(3, 18, 0)),
                        new RouteStepInput("Plan the installation", staff.headOfService(), at(4, 18, 0))),
                at(4, 18, 0)).about(showcase.id(), showcaseServers, null).withPriority(Priority.HIGH));
        as(staff.anna()).tasks().start(contractRoute);
        tick();
        as(staff.anna()).tasks().completeStep(contractRoute, "draft sent with a 7% discount");
        as(staff.headOfService()).tasks().create(CreateTask.of("Check spare routers in stock",
                dmitry, at(3, 17, 0)).about(showcase.id(), null, routerClaim));
        int done = completeSome(proposals, 0.3);
        note("Wed", count(moved, "deal") + " moved on, " + lost + " lost, supplier asked about the router,"
                + " 1 claim from social network, a 3-step contract route started, " + count(done, "proposal")
                + " sent");
    }

    private void thursday() {
        clock.setTo(3, LocalTime.of(9, 0));
        int moved = advanceDeals(0.7);
        int won = winSome(0.6);
        ClientEntry showcase = book.client(0);
        EmployeeId dmitry = staff.serviceAgents().get(0);
        EmployeeId zoya = staff.serviceAgents().get(1);
        tick();
        as(zoya).claims().recordSupplierAnswer(routerClaim, "unit replaced under the supplier's warranty");
        tick();
        as(zoya).claims().resolve(routerClaim, "replacement router delivered and tested on site");
        as(dmitry).claims().resolve(vatClaim, "credit note issued, invoice 2211 re-issued at 20%");
        tick();
        ClaimId lateDelivery = as(dmitry).claims().register(RegisterClaim.of(showcase.id(), ClaimChannel.EMAIL,
                "delivery", Severity.MEDIUM, "Second delivery arrived two days late",
                "The switches promised for Tuesday came on Thursday.").from(showcase.contact()));
        log(dmitry, showcase, InteractionKind.EMAIL, InteractionChannel.EMAIL, Direction.INBOUND,
                "Email: the second delivery came two days late", null, lateDelivery);
        as(staff.headOfService()).claims().review(lateDelivery);

        CrmSession boris = as(staff.boris());
        boris.tasks().start(deliveryDates);
        boris.tasks().complete(deliveryDates);
        log(staff.boris(), showcase, InteractionKind.MEETING, InteractionChannel.PHONE, Direction.OUTBOUND,
                "Agreed delivery of the servers for 1 December", showcaseServers, null);
        tick();
        as(staff.headOfSales()).tasks().completeStep(contractRoute, "7% discount approved");
        advanceTo(showcaseServers, showcase, "negotiation");
        win(showcaseServers, showcase);
        log(staff.anna(), showcase, InteractionKind.MESSAGE, InteractionChannel.SOCIAL_NETWORK, Direction.INBOUND,
                "Ivan Petrov thanked the team on our page for the quick deal", null, null);
        callSomeClients(zoya, InteractionChannel.CALL_CENTRE, "Call centre: confirmed the order details");
        note("Thu", count(moved, "deal") + " moved on, " + (won + 1) + " won, router claim resolved after the"
                + " supplier's answer, VAT claim resolved, 1 claim by email, delegated task done");
    }

    private void friday() {
        clock.setTo(4, LocalTime.of(9, 0));
        int won = winSome(0.6);
        int lost = loseSome(0.15);
        CrmSession headOfService = as(staff.headOfService());
        tick();
        headOfService.claims().close(routerClaim);
        headOfService.claims().rateSatisfaction(routerClaim, 5);
        ClientEntry person = book.people().get(0);
        EmployeeId dmitry = staff.serviceAgents().get(0);
        tick();
        ClaimId crackedCase = as(dmitry).claims().register(RegisterClaim.of(person.id(), ClaimChannel.SHOP, "defect",
                Severity.LOW, "Router case cracked", "Brought the router back to the shop with a cracked case.")
                .from(person.contact()));
        log(dmitry, person, InteractionKind.VISIT, InteractionChannel.SHOP, Direction.INBOUND,
                "Returned a router with a cracked case", null, crackedCase);
        headOfService.claims().review(crackedCase);
        headOfService.claims().reject(crackedCase, "damage from a fall is not covered by the warranty");
        tick();
        as(dmitry).claims().register(RegisterClaim.of(book.client(3).id(), ClaimChannel.WEB, "delivery",
                Severity.LOW, "Where is my order?", "Web form: order 5531 not tracked yet."));
        tick();
        headOfService.tasks().completeStep(contractRoute, "installation booked for 2 December");
        int done = completeSome(proposals, 0.25);
        note("Fri", count(won, "deal") + " won, " + lost + " lost, router claim closed (rated 5/5), 1 shop claim"
                + " rejected, 1 web claim registered, contract route finished, " + count(done, "proposal") + " sent");
    }

    private DealId openDeal(ClientEntry client, String title, int minThousands, int maxThousands) {
        CrmSession owner = as(client.owner());
        BigDecimal amount = BigDecimal.valueOf(minThousands + random.nextInt(maxThousands - minThousands + 1))
                .multiply(BigDecimal.valueOf(1000));
        DealId deal = owner.deals().open(OpenDeal.of(client.id(), title).worth(amount.toPlainString(), CURRENCY)
                .closingOn(LocalDate.of(2026, 12, 25)));
        owner.deals().involve(deal, client.contact(), DealContactRole.DECISION_MAKER);
        return deal;
    }

    private void play(DealId deal, ClientEntry client) {
        book.openDeals.add(new DealInPlay(deal, client));
    }

    private int advanceDeals(double chance) {
        int moved = 0;
        for (DealInPlay deal : book.openDeals) {
            if (deal.stage < Book.STAGES.size() - 1 && random.nextDouble() < chance) {
                tick();
                deal.stage++;
                as(deal.client.owner()).deals().advance(new MoveDeal(deal.id, Book.STAGES.get(deal.stage)));
                moved++;
            }
        }
        return moved;
    }

    private int loseSome(double chance) {
        int lost = 0;
        for (Iterator<DealInPlay> it = book.openDeals.iterator(); it.hasNext(); ) {
            DealInPlay deal = it.next();
            if (random.nextDouble() < chance) {
                tick();
                String reason = LOSS_REASONS.get(random.nextInt(LOSS_REASONS.size()));
                as(deal.client.owner()).deals().lose(CloseDeal.lose(deal.id, reason));
                it.remove();
                lost++;
            }
        }
        return lost;
    }

    /** Deals in negotiation close with this chance. */
    private int winSome(double chance) {
        int won = 0;
        for (Iterator<DealInPlay> it = book.openDeals.iterator(); it.hasNext(); ) {
            DealInPlay deal = it.next();
            if (deal.stage == Book.STAGES.size() - 1 && random.nextDouble() < chance) {
                win(deal.id, deal.client);
                it.remove();
                won++;
            }
        }
        return won;
    }

    private void win(DealId deal, ClientEntry client) {
        tick();
        CrmSession owner = as(client.owner());
        owner.deals().attachContract(deal, "DOG-2026/" + (100 + random.nextInt(900)));
        owner.deals().win(CloseDeal.win(deal));
        if (owner.clients().get(client.id()).status() == ClientStatus.PROSPECT) {
            owner.clients().activate(client.id());
        }
    }

    private void advanceTo(DealId deal, ClientEntry client, String stage) {
        tick();
        as(client.owner()).deals().advance(new MoveDeal(deal, stage));
    }

    /** Calls about half the companies: the given employee, or (null) each client's own sales manager. */
    private void callSomeClients(EmployeeId caller, InteractionChannel channel, String summary) {
        for (ClientEntry client : book.companies()) {
            if (random.nextBoolean()) {
                log(caller != null ? caller : client.owner(), client, InteractionKind.CALL, channel,
                        Direction.OUTBOUND, summary, null, null);
            }
        }
    }

    /** Starts and completes open tasks of the list, each with the given chance; the rest stay open. */
    private int completeSome(Map<TaskId, EmployeeId> tasks, double chance) {
        int done = 0;
        for (Iterator<Map.Entry<TaskId, EmployeeId>> it = tasks.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TaskId, EmployeeId> task = it.next();
            if (random.nextDouble() < chance) {
                tick();
                CrmSession assignee = as(task.getValue());
                assignee.tasks().start(task.getKey());
                assignee.tasks().complete(task.getKey());
                it.remove();
                done++;
            }
        }
        return done;
    }

    private void log(EmployeeId who, ClientEntry client, InteractionKind kind, InteractionChannel channel,
                     Direction direction, String summary, DealId deal, ClaimId claim) {
        tick();
        as(who).interactions().log(new LogInteraction(client.id(), kind, channel, direction, clock.instant(),
                summary, client.contact(), deal, claim, Set.of(who)));
    }

    private CrmSession as(EmployeeId employee) {
        return crm.as(employee);
    }

    /** A few minutes of the working day pass between two things people do. */
    private void tick() {
        clock.pass(Duration.ofMinutes(3 + random.nextInt(12)));
    }

    private Instant at(int day, int hour, int minute) {
        return DemoClock.WEEK_START.toLocalDate().plusDays(day).atTime(hour, minute).atZone(DemoClock.MOSCOW)
                .toInstant();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void note(String day, String text) {
        diary.add(day + "  " + text);
    }
}
