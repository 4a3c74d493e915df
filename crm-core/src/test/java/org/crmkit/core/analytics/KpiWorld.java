package org.crmkit.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.crmkit.core.application.Repositories;
import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.crmkit.core.internal.memory.InMemoryKpis;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;

/** A tiny company to compute KPIs over: a root, two offices, one seller in each, and helpers to add records. */
final class KpiWorld {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    final Repositories repos = Repositories.inMemory();
    final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    final InMemoryDealLabels labels = new InMemoryDealLabels();
    final Kpis kpis = new InMemoryKpis(repos.deals(), repos.pipelines(), repos.clients(), repos.claims(),
            repos.tasks(), campaigns, repos.employees(), repos.departments(), labels);
    final Pipeline standard = Pipeline.standard();
    final DepartmentId root = DepartmentId.newId();
    final DepartmentId central = DepartmentId.newId();
    final DepartmentId centralTeam = DepartmentId.newId();
    final DepartmentId east = DepartmentId.newId();
    final EmployeeId alice = EmployeeId.newId();
    final EmployeeId bob = EmployeeId.newId();
    final ClientId tech;
    final ClientId retail;

    KpiWorld() {
        repos.departments().save(Department.root(root, "Sales"));
        repos.departments().save(Department.under(central, "Central", root));
        repos.departments().save(Department.under(centralTeam, "Central team 1", central));
        repos.departments().save(Department.under(east, "East", root));
        repos.employees().save(Employee.hire(alice, PersonName.of("Alice", "Adams"), "seller", centralTeam, Set.of()));
        repos.employees().save(Employee.hire(bob, PersonName.of("Bob", "Brown"), "seller", east, Set.of()));
        tech = client("Techno", "sector:technology");
        retail = client("Shop", null);
    }

    static Stamp day(EmployeeId who, double days) {
        return Stamp.of(who, T0.plus(Duration.ofMinutes(Math.round(days * 1440))));
    }

    ClientId client(String name, String tag) {
        Client c = Client.onboardCompany(ClientId.newId(), name, List.of(), alice, central, day(alice, 0));
        if (tag != null) {
            c.tag(tag, day(alice, 0));
        }
        repos.clients().save(c);
        return c.id();
    }

    /** Opens a deal on {@code day} and walks it through the given stage keys, each one day later. */
    Deal deal(EmployeeId owner, ClientId client, String amount, double day, String... stages) {
        DepartmentId dept = repos.employees().get(owner).department();
        Deal deal = Deal.open(DealId.newId(), client, "deal", standard, owner, dept, day(owner, day));
        if (amount != null) {
            deal.changeAmount(Money.of(amount, "USD"), day(owner, day));
        }
        return walk(deal, day, stages);
    }

    Deal walk(Deal deal, double day, String... stages) {
        for (String stage : stages) {
            day += 1;
            Stamp at = day(deal.owner(), day);
            StageKey key = StageKey.of(stage);
            switch (stage) {
                case "won" -> deal.win(key, standard, StageGate.OPEN, at);
                case "lost" -> deal.lose(key, "price", standard, StageGate.OPEN, at);
                default -> deal.advanceTo(key, standard, StageGate.OPEN, at);
            }
        }
        repos.deals().save(deal);
        return deal;
    }

    /** Closes at exactly {@code day} (not one day after the last move). */
    Deal closeAt(EmployeeId owner, ClientId client, String amount, double openDay, double closeDay, boolean won) {
        DepartmentId dept = repos.employees().get(owner).department();
        Deal deal = Deal.open(DealId.newId(), client, "deal", standard, owner, dept, day(owner, openDay));
        if (amount != null) {
            deal.changeAmount(Money.of(amount, "USD"), day(owner, openDay));
        }
        if (won) {
            deal.win(StageKey.of("won"), standard, StageGate.OPEN, day(owner, closeDay));
        } else {
            deal.lose(StageKey.of("lost"), "no budget", standard, StageGate.OPEN, day(owner, closeDay));
        }
        repos.deals().save(deal);
        return deal;
    }

    void save(Campaign campaign) {
        campaigns.save(campaign);
    }
}
