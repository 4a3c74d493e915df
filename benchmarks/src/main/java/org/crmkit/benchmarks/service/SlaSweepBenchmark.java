package org.crmkit.benchmarks.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
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
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.ClaimSlaEvaluation;
import org.crmkit.rules.service.ClaimSlaRegistrar;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.SlaCalendars;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.sla.ClaimSeverity;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The pure part of the SLA sweep, {@link SlaSweep#evaluate(Claim, Instant)}, over a million open claims held in
 * memory: one operation evaluates one claim, walking a pre-built array in order, so the reported ops/s is claims
 * evaluated per second on one core. The claims live on the Russian 2026 production calendar (holidays, moved
 * days off, shortened days) and were registered over the six weeks before the sweep, at any hour, with the mix
 * of states an open queue has: just registered, answered but not reviewed, in progress, waiting for a supplier or
 * the customer, and back in progress after a supplier answered. Five policy versions (a default, by severity, by
 * category) are assigned through the {@link ClaimSlaRegistrar}, as in a running system.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class SlaSweepBenchmark {
    private static final String[] CATEGORIES = {"delivery", "quality", "billing", "warranty", "service"};
    private static final Severity[] SEVERITIES = Severity.values();
    private static final ClaimChannel[] CHANNELS = ClaimChannel.values();
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** The sweep runs on Wednesday 15 April 2026 at 11:00 Moscow time. */
    static final Instant SWEEP_AT = Instant.parse("2026-04-15T08:00:00Z");
    private static final long SIX_WEEKS = Duration.ofDays(42).getSeconds();

    @Param("1000000")
    public int claims;

    private SlaSweep sweep;
    private Claim[] open;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        BusinessCalendar calendar = BusinessCalendars.russia2026();
        SlaCalendars calendars = SlaCalendars.of(calendar);
        SlaPolicies policies = SlaPolicies.of(policies(calendar.name()));
        Repositories repositories = Repositories.inMemory();
        Crm crm = Crm.builder().repositories(repositories).clock(Clock.fixed(SWEEP_AT, MOSCOW)).build();
        ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        sweep = SlaSweep.builder(crm, repositories).policies(policies).calendars(calendars).assignments(assignments)
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment()).build())
                .build();
        ClaimSlaRegistrar registrar = new ClaimSlaRegistrar(policies, calendars, assignments, repositories.clients());

        SplittableRandom random = new SplittableRandom(2026);
        EmployeeId[] agents = new EmployeeId[50];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = EmployeeId.newId();
        }
        DepartmentId department = DepartmentId.newId();
        ClientId[] clients = new ClientId[10_000];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = ClientId.newId();
        }
        open = new Claim[claims];
        int attention = 0;
        for (int i = 0; i < claims; i++) {
            Claim claim = aClaim(random, agents, department, clients);
            registrar.assign(claim);
            open[i] = claim;
            if (sweep.evaluate(claim, SWEEP_AT).needsAttention()) {
                attention++;
            }
        }
        System.out.printf("%n%d open claims, %d at WARNING or VIOLATED at %s%n", claims, attention, SWEEP_AT);
    }

    /** Evaluates the next claim of the queue. */
    @Benchmark
    public ClaimSlaEvaluation evaluateOneClaim() {
        Claim claim = open[next];
        next = next + 1 == open.length ? 0 : next + 1;
        return sweep.evaluate(claim, SWEEP_AT);
    }

    private static List<SlaPolicy> policies(String calendar) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        return List.of(
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

    /** A claim registered within six weeks before the sweep, taken some way through its life, still open. */
    private static Claim aClaim(SplittableRandom random, EmployeeId[] agents, DepartmentId department,
                                ClientId[] clients) {
        Instant at = SWEEP_AT.minusSeconds(1 + random.nextLong(SIX_WEEKS));
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
        return next.isBefore(SWEEP_AT) ? next : at.plusNanos(1_000);
    }

    /** As loaded from a repository: no pending events. */
    private static Claim settled(Claim claim) {
        claim.pullEvents();
        return claim;
    }
}
