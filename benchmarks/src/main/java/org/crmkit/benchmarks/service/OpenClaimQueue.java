package org.crmkit.benchmarks.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.calendar.WorkingHours;
import org.crmkit.rules.service.SlaCalendars;
import org.crmkit.rules.sla.ClaimSeverity;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaScope;

/**
 * The open-claim queue both SLA sweep benchmarks run over. The claims live on two calendars (the Russian 2026
 * production calendar; a 7-day 08:00–20:00 support desk in Yekaterinburg), were registered over the week before
 * the first sweep at any hour, and have the mix of states an open queue has: just registered, answered but not
 * reviewed, in progress, waiting for the customer or a supplier (their clocks stand still), back in progress after
 * a supplier answered. Six policy versions (a default and its revision, by severity, by category, one on the second
 * calendar). The first sweep is on Wednesday 15 April 2026 at 11:00 Moscow time, working time on both calendars,
 * so every running clock moves.
 */
final class OpenClaimQueue {
    static final Instant FIRST_SWEEP = Instant.parse("2026-04-15T08:00:00Z");
    private static final String[] CATEGORIES = {"delivery", "quality", "billing", "warranty", "service"};
    private static final Severity[] SEVERITIES = Severity.values();
    private static final ClaimChannel[] CHANNELS = ClaimChannel.values();
    private static final long A_WEEK = Duration.ofDays(7).getSeconds();

    final SlaCalendars calendars;
    final SlaPolicies policies;
    private final SplittableRandom random = new SplittableRandom(2026);
    private final EmployeeId[] agents;
    private final DepartmentId department;
    private final ClientId[] clients;

    /** Claims of 10,000 clients handled by 50 agents of one department, none of whom exists in a CRM. */
    OpenClaimQueue() {
        this(newIds(50, EmployeeId::newId, EmployeeId[]::new), DepartmentId.newId(),
                newIds(10_000, ClientId::newId, ClientId[]::new));
    }

    /** Claims of these clients, registered and handled by these agents of this department. */
    OpenClaimQueue(EmployeeId[] agents, DepartmentId department, ClientId[] clients) {
        this.agents = agents.clone();
        this.department = department;
        this.clients = clients.clone();
        BusinessCalendar russia = BusinessCalendars.russia2026();
        BusinessCalendar desk = BusinessCalendar.named("support-desk-7x12", ZoneId.of("Asia/Yekaterinburg"))
                .weekdays(WorkingHours.parse("08:00-20:00"))
                .on(DayOfWeek.SATURDAY, WorkingHours.parse("08:00-20:00"))
                .on(DayOfWeek.SUNDAY, WorkingHours.parse("08:00-20:00")).build();
        calendars = SlaCalendars.of(russia, desk);
        policies = SlaPolicies.of(policies(russia.name(), desk.name()));
    }

    private static <T> T[] newIds(int count, Supplier<T> newId, IntFunction<T[]> array) {
        T[] ids = array.apply(count);
        Arrays.setAll(ids, i -> newId.get());
        return ids;
    }

    /** The next claim of the queue (the same sequence for every queue). */
    Claim next() {
        return aClaim(random, agents, department, clients);
    }

    private static List<SlaPolicy> policies(String calendar, String desk) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        return List.of(
                policy("warranty", from, SlaScope.anyClaim().forCategory(
                        org.crmkit.rules.sla.ClaimCategory.of("warranty")), 4, 36, desk, 80),
                policy("default", from, SlaScope.anyClaim(), 8, 40, calendar, 75),
                policy("critical", from, SlaScope.anyClaim().forSeverity(ClaimSeverity.of("CRITICAL")), 1, 8, calendar, 50),
                policy("high", from, SlaScope.anyClaim().forSeverity(ClaimSeverity.of("HIGH")), 2, 16, calendar, 75),
                policy("billing", from, SlaScope.anyClaim().forCategory(
                        org.crmkit.rules.sla.ClaimCategory.of("billing")), 4, 24, calendar, 80),
                // A revision of the default: claims registered since March keep version 2, older ones version 1.
                new SlaPolicy(SlaPolicyId.of("default"), 2, Instant.parse("2026-03-01T00:00:00Z"), SlaScope.anyClaim(),
                        Duration.ofHours(6), Duration.ofHours(32), calendar, 75));
    }

    private static SlaPolicy policy(String id, Instant from, SlaScope scope, int responseHours, int resolutionHours,
                                    String calendar, int warningPercent) {
        return new SlaPolicy(SlaPolicyId.of(id), 1, from, scope, Duration.ofHours(responseHours),
                Duration.ofHours(resolutionHours), calendar, warningPercent);
    }

    /** A claim registered within the week before the sweep, taken some way through its life, still open. */
    private static Claim aClaim(SplittableRandom random, EmployeeId[] agents, DepartmentId department,
                                ClientId[] clients) {
        Instant at = FIRST_SWEEP.minusSeconds(1 + random.nextLong(A_WEEK));
        EmployeeId agent = agents[random.nextInt(agents.length)];
        Claim claim = Claim.register(ClaimId.newId(), clients[random.nextInt(clients.length)], null,
                CHANNELS[random.nextInt(CHANNELS.length)], ClaimCategory.of(CATEGORIES[random.nextInt(CATEGORIES.length)]),
                SEVERITIES[random.nextInt(SEVERITIES.length)], "Claim", "What went wrong", null, null, department,
                Stamp.of(agent, at));
        int stage = random.nextInt(100);
        if (stage < 25) {
            return settled(claim); // just registered
        }
        at = later(random, at);
        if (stage < 40) {
            claim.respond(Stamp.of(agent, at)); // answered, not yet reviewed
            return settled(claim);
        }
        claim.review(Stamp.of(agent, at));
        at = later(random, at);
        claim.assign(department, agent, Stamp.of(agent, at));
        if (stage < 60) {
            return settled(claim); // in progress
        }
        at = later(random, at);
        if (stage < 70) {
            claim.waitForCustomer("Asked for the receipt", Stamp.of(agent, at));
            return settled(claim);
        }
        claim.involveSupplier("Supplier " + random.nextInt(20), "Check the batch", at.plus(Duration.ofDays(5)),
                Stamp.of(agent, at));
        if (stage < 88) {
            return settled(claim); // waiting for the supplier
        }
        at = later(random, at);
        claim.recordSupplierAnswer("Batch was faulty", Stamp.of(agent, at)); // back in progress
        if (stage < 94) {
            return settled(claim);
        }
        at = later(random, at);
        claim.waitForCustomer("Offered a replacement", Stamp.of(agent, at));
        at = later(random, at);
        claim.resumeWork(Stamp.of(agent, at));
        return settled(claim);
    }

    /** Up to two days later, but never after the sweep (the history must be in the past). */
    private static Instant later(SplittableRandom random, Instant at) {
        Instant next = at.plusSeconds(1 + random.nextLong(2 * 86_400));
        return next.isBefore(FIRST_SWEEP) ? next : at.plusNanos(1_000);
    }

    /** As loaded from a repository: no pending events. */
    private static Claim settled(Claim claim) {
        claim.pullEvents();
        return claim;
    }
}
