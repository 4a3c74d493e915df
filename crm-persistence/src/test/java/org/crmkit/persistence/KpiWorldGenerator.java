package org.crmkit.persistence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.campaign.CampaignChannel;
import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.CampaignPeriod;
import org.crmkit.core.campaign.Campaigns;
import org.crmkit.core.campaign.Recipient;
import org.crmkit.core.campaign.ResponseStatus;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.Probability;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;

/**
 * A seeded random company written twice, into in-memory repositories and into a database, so that the two KPI
 * adapters can be compared on exactly the same records: an org tree with two offices, sellers (sales managers) and
 * a head of sales, clients with and without a sector, deals in two currencies walked through random stage
 * histories (some won, some lost, some open, probabilities that round half-even), product labels, claims driven
 * through random lifecycles with deadlines, supplier requests and scores, tasks done on time, late or left
 * overdue, and campaigns with members and credited deals. Commands a random walk makes that the aggregate refuses
 * are simply skipped (the aggregate is unchanged by a refused command).
 */
final class KpiWorldGenerator {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant NOW = T0.plus(Duration.ofDays(420));

    final Random random;
    final Pipeline pipeline = Pipeline.standard();
    final List<EmployeeId> sellers = new ArrayList<>();
    final List<DepartmentId> teams = new ArrayList<>();
    final List<ClientId> clients = new ArrayList<>();
    final List<DealId> deals = new ArrayList<>();
    EmployeeId headOfNorth;

    private final Repositories memory;
    private final Campaigns memoryCampaigns;
    private final DealLabels memoryLabels;
    private final PersistentCrm db;

    KpiWorldGenerator(long seed, Repositories memory, Campaigns memoryCampaigns, DealLabels memoryLabels,
                      PersistentCrm db) {
        this.random = new Random(seed);
        this.memory = memory;
        this.memoryCampaigns = memoryCampaigns;
        this.memoryLabels = memoryLabels;
        this.db = db;
    }

    void generate(int dealCount, int claimCount, int taskCount, int campaignCount) {
        organisation();
        for (int i = 0; i < 8; i++) {
            client(i);
        }
        for (int i = 0; i < dealCount; i++) {
            deal();
        }
        for (int i = 0; i < claimCount; i++) {
            claim();
        }
        for (int i = 0; i < taskCount; i++) {
            task();
        }
        for (int i = 0; i < campaignCount; i++) {
            campaign(i);
        }
    }

    private void organisation() {
        DepartmentId root = DepartmentId.newId();
        DepartmentId north = DepartmentId.newId();
        DepartmentId south = DepartmentId.newId();
        DepartmentId northA = DepartmentId.newId();
        DepartmentId southA = DepartmentId.newId();
        save(Department.root(root, "Company"));
        save(Department.under(north, "North", root));
        save(Department.under(south, "South", root));
        save(Department.under(northA, "North team A", north));
        save(Department.under(southA, "South team A", south));
        teams.addAll(List.of(north, northA, south, southA, root));
        String[] first = {"Anna", "Boris", "Clara", "Denis", "Elena", "Fedor"};
        for (int i = 0; i < first.length; i++) {
            EmployeeId id = EmployeeId.newId();
            save(Employee.hire(id, PersonName.of(first[i], "Seller"), "seller", teams.get(i % 4),
                    Set.of(RoleName.of(StandardRoles.SALES_MANAGER_NAME.value()))));
            sellers.add(id);
        }
        headOfNorth = EmployeeId.newId();
        save(Employee.hire(headOfNorth, PersonName.of("Hanna", "Head"), "head", north,
                Set.of(RoleName.of(StandardRoles.HEAD_OF_SALES_NAME.value()))));
    }

    private void client(int i) {
        EmployeeId owner = pick(sellers);
        Client c = Client.onboardCompany(ClientId.newId(), "Client " + i, List.of(), owner, teams.get(0), at(0));
        String[] sectors = {"technology", "retail", "energy"};
        if (i % 4 != 3) {
            c.tag("sector:" + sectors[i % 3], at(0));
        }
        save(c);
        clients.add(c.id());
    }

    private void deal() {
        int sellerIndex = random.nextInt(sellers.size());
        EmployeeId owner = sellers.get(sellerIndex);
        DepartmentId department = teams.get(sellerIndex % 4);
        double day = random.nextInt(360) + random.nextInt(1440) / 1440.0;
        Deal deal = Deal.open(DealId.newId(), pick(clients), "deal", pipeline, owner, department, at(day));
        int money = random.nextInt(10);
        if (money < 7) {
            deal.changeAmount(Money.of(BigDecimal.valueOf(random.nextInt(2_000_000), 2).toPlainString(), "USD"), at(day));
        } else if (money < 9) {
            deal.changeAmount(Money.of(BigDecimal.valueOf(random.nextInt(2_000_000), 2).toPlainString(), "EUR"), at(day));
        }
        String[] open = {"lead", "qualification", "proposal", "negotiation"};
        int steps = random.nextInt(5);
        for (int s = 0; s < steps; s++) {
            day += random.nextInt(20) + random.nextInt(1440) / 1440.0;
            StageKey next = StageKey.of(open[random.nextInt(open.length)]);
            double when = day;
            tryTo(() -> deal.advanceTo(next, pipeline, StageGate.OPEN, at(when)));
        }
        if (random.nextInt(4) == 0) {
            int estimate = random.nextInt(101);
            tryTo(() -> deal.estimateProbability(Probability.of(estimate), at(0)));
        }
        int outcome = random.nextInt(3);
        double closeDay = day + random.nextInt(30) + random.nextInt(1440) / 1440.0;
        if (outcome == 1) {
            tryTo(() -> deal.win(StageKey.of("won"), pipeline, StageGate.OPEN, at(closeDay)));
        } else if (outcome == 2) {
            tryTo(() -> deal.lose(StageKey.of("lost"), "price", pipeline, StageGate.OPEN, at(closeDay)));
        }
        save(deal);
        deals.add(deal.id());
        int product = random.nextInt(4);
        if (product < 3) {
            String name = new String[] {"GTX Pro", "MG Special", "GTK 500"}[product];
            memoryLabels.label(deal.id(), DealLabels.PRODUCT, name);
            db.dealLabels().label(deal.id(), DealLabels.PRODUCT, name);
        }
    }

    private void claim() {
        EmployeeId registrar = pick(sellers);
        double day = random.nextInt(400);
        ClaimChannel[] channels = ClaimChannel.values();
        Severity[] severities = Severity.values();
        Claim c = Claim.register(ClaimId.newId(), pick(clients), null, channels[random.nextInt(channels.length)],
                ClaimCategory.of(new String[] {"delivery", "quality", "billing"}[random.nextInt(3)]),
                severities[random.nextInt(severities.length)], "subject", "text", null, null,
                teams.get(random.nextInt(4)), at(registrar, day));
        if (random.nextBoolean()) {
            double registered = day;
            double deadline = day + random.nextInt(10);
            tryTo(() -> c.setDeadlines(null, at(deadline).at(), at(registrar, registered)));
        }
        int ops = random.nextInt(9);
        for (int i = 0; i < ops; i++) {
            day += random.nextInt(72) / 24.0;
            double when = day;
            EmployeeId who = pick(sellers);
            switch (random.nextInt(10)) {
                case 0 -> tryTo(() -> c.respond(at(who, when)));
                case 1 -> tryTo(() -> c.review(at(who, when)));
                case 2 -> tryTo(() -> c.assign(teams.get(random.nextInt(4)), who, at(who, when)));
                case 3 -> tryTo(() -> c.involveSupplier(new String[] {"Acme", "Globex"}[random.nextInt(2)], "part",
                        at(when + random.nextInt(5)).at(), at(who, when)));
                case 4 -> tryTo(() -> c.recordSupplierAnswer("ok", at(who, when)));
                case 5, 6 -> tryTo(() -> c.resolve("fixed", at(who, when)));
                case 7 -> tryTo(() -> c.reject("no", at(who, when)));
                case 8 -> tryTo(() -> c.close(at(who, when)));
                default -> tryTo(() -> c.reopen("again", at(who, when)));
            }
        }
        if (random.nextInt(3) == 0) {
            int score = 1 + random.nextInt(5);
            double when = day + 1;
            tryTo(() -> c.rateSatisfaction(score, at(registrar, when)));
        }
        save(c);
    }

    private void task() {
        int sellerIndex = random.nextInt(sellers.size());
        EmployeeId assignee = sellers.get(sellerIndex);
        EmployeeId creator = pick(sellers);
        double day = random.nextInt(400);
        Instant due = random.nextInt(5) == 0 ? null : at(day + random.nextInt(20)).at();
        Task t = Task.create(TaskId.newId(), "task", null, assignee, teams.get(sellerIndex % 4), due,
                Priority.NORMAL, TaskLink.none(), at(creator, day));
        int fate = random.nextInt(4);
        double done = day + random.nextInt(30);
        if (fate <= 1) {
            tryTo(() -> t.start(at(assignee, day + 0.5)));
            tryTo(() -> t.complete(at(assignee, done)));
        } else if (fate == 2) {
            tryTo(() -> t.cancel("not needed", at(assignee, done)));
        }
        save(t);
    }

    private void campaign(int i) {
        LocalDate start = LocalDate.ofInstant(T0, ZoneOffset.UTC).plusDays(random.nextInt(360));
        EmployeeId owner = pick(sellers);
        Campaign c = Campaign.plan(CampaignId.newId(), "Campaign " + i, CampaignChannel.of(i % 2 == 0 ? "Email" : "Webinar"),
                CampaignPeriod.of(start, start.plusDays(random.nextInt(60))),
                Money.of(BigDecimal.valueOf(random.nextInt(100_000), 2).toPlainString(), i == 3 ? "EUR" : "USD"), null, owner,
                teams.get(random.nextInt(4)), at(owner, 0));
        tryTo(() -> c.start(at(owner, 1)));
        for (ClientId client : clients) {
            if (random.nextBoolean()) {
                Recipient r = Recipient.client(client);
                c.invite(r, at(owner, 1));
                ResponseStatus[] statuses = ResponseStatus.values();
                ResponseStatus response = statuses[random.nextInt(statuses.length)];
                tryTo(() -> c.recordResponse(r, response, at(owner, 2)));
            }
        }
        for (DealId deal : deals) {
            if (random.nextInt(5) == 0) {
                tryTo(() -> c.attributeDeal(deal, at(owner, 3)));
            }
        }
        if (i == 2) {
            tryTo(() -> c.finish(at(owner, 4)));
        }
        memoryCampaigns.save(c);
        db.campaigns().save(Campaign.restore(c.snapshot(), 0));
    }

    private static void tryTo(Runnable command) {
        try {
            command.run();
        } catch (DomainException refused) {
            // a random walk proposes commands the aggregate does not allow: it stays as it was
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private Stamp at(double day) {
        return at(sellers.isEmpty() ? EmployeeId.SYSTEM : sellers.get(0), day);
    }

    private static Stamp at(EmployeeId who, double day) {
        return Stamp.of(who, T0.plus(Duration.ofMinutes(Math.round(day * 1440))));
    }

    private void save(Department d) {
        memory.departments().save(d);
        db.repositories().departments().save(Department.restore(d.snapshot(), 0));
    }

    private void save(Employee e) {
        memory.employees().save(e);
        db.repositories().employees().save(Employee.restore(e.snapshot(), 0));
    }

    private void save(Client c) {
        memory.clients().save(c);
        db.repositories().clients().save(Client.restore(c.snapshot(), 0));
    }

    private void save(Deal d) {
        db.repositories().deals().save(Deal.restore(d.snapshot(), 0));
        memory.deals().save(d);
    }

    private void save(Claim c) {
        db.repositories().claims().save(Claim.restore(c.snapshot(), 0));
        memory.claims().save(c);
    }

    private void save(Task t) {
        db.repositories().tasks().save(Task.restore(t.snapshot(), 0));
        memory.tasks().save(t);
    }
}
