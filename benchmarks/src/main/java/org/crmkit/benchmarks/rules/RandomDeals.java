package org.crmkit.benchmarks.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealContact;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Probability;
import org.crmkit.core.deal.StageChange;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;

/**
 * Deterministic random deals for the benchmarks: the same seed gives the same deals, so every engine and every run
 * decides the same population. Deals are rebuilt with {@link Deal#restore}, the way persistence loads them, so any
 * stage and any mix of amount, contacts, contract and expected close can be produced without replaying commands.
 * The mix is chosen so that every benchmark rule both matches and fails to match a good share of deals.
 */
public final class RandomDeals {
    private static final DealContactRole[] ROLES = DealContactRole.values();
    private static final LocalDate BASE_DAY = LocalDate.of(2026, 3, 2);
    private static final Instant OPENED = Instant.parse("2026-01-15T09:00:00Z");

    private final Random random;

    public RandomDeals(long seed) {
        this.random = new Random(seed);
    }

    /** An open deal of the pipeline, standing in the stage. */
    public Deal openDeal(String pipeline, String stage) {
        EmployeeId owner = new EmployeeId(uuid());
        List<DealContact> contacts = new ArrayList<>();
        int contactCount = random.nextInt(4);
        for (int i = 0; i < contactCount; i++) {
            contacts.add(new DealContact(new ContactId(uuid()), ROLES[random.nextInt(ROLES.length)]));
        }
        StageKey at = StageKey.of(stage);
        return Deal.restore(new Deal.Snapshot(new DealId(uuid()), new ClientId(uuid()), "Deal " + random.nextInt(1_000_000),
                PipelineKey.of(pipeline), at, DealStatus.OPEN, Probability.of(random.nextInt(101)), contacts, amount(),
                random.nextInt(3) == 0 ? null : BASE_DAY.plusDays(random.nextInt(120) - 30),
                owner, new DepartmentId(uuid()), null,
                random.nextInt(3) == 0 ? "CTR-" + random.nextInt(100_000) : null,
                null, List.of(new StageChange(null, at, owner, OPENED, ""))), 1);
    }

    /** Absent a fifth of the time; otherwise roubles around the 50 000 RUB renewal floor, sometimes dollars. */
    private Money amount() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Money.of(random.nextInt(100_000), "USD");
            default -> Money.of(random.nextInt(120_000), "RUB");
        };
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
