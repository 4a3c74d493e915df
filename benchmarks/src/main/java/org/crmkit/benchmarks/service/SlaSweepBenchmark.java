package org.crmkit.benchmarks.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.calendar.WorkingHours;
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.ClaimSlaEvaluation;
import org.crmkit.rules.service.ClaimSlaRegistrar;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.SlaCalendars;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.sla.ClaimSeverity;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The SLA sweep over a million open claims held in memory, one core, the way a scheduler runs it every minute:
 * one operation is one claim looked at, and each invocation sweeps the whole queue {@code everyMinutes} after the
 * previous sweep, so the reported ops/s is claims swept per second.
 * <ul>
 *   <li>{@link #steadySweep}: the memo warm (a sweep ran at the minute before), as in every run after the first;
 *   only claims that changed or crossed a warning, deadline or history instant are recomputed;</li>
 *   <li>{@link #coldSweep}: the memo empty (a new sweep, the first run after start): every claim is looked up,
 *   recomputed and remembered;</li>
 *   <li>{@link #evaluateEveryClaim}: no memo at all, {@link SlaSweep#evaluate} for every claim, which is what a
 *   run cost per claim before the memo.</li>
 * </ul>
 * The claims live on two calendars (the Russian 2026 production calendar; a 7-day 08:00–20:00 support desk in
 * Yekaterinburg), were registered over the week before the first sweep at any hour, and have the mix of
 * states an open queue has: just registered, answered but not reviewed, in progress, waiting for the customer or a
 * supplier (their clocks stand still), back in progress after a supplier answered. Six policy versions (a default
 * and its revision, by severity, by category, one on the second calendar) are assigned through the
 * {@link ClaimSlaRegistrar}. The sweeps start on Wednesday 15 April 2026 at 11:00 Moscow time, working time on both
 * calendars, so every running clock moves. The tear-down prints how many claims each kind of sweep found due.
 * Nothing here applies effects: that is the rule engine's and the use cases' cost, per claim due.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class SlaSweepBenchmark {
    private static final String[] CATEGORIES = {"delivery", "quality", "billing", "warranty", "service"};
    private static final Severity[] SEVERITIES = Severity.values();
    private static final ClaimChannel[] CHANNELS = ClaimChannel.values();
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** The first sweep runs on Wednesday 15 April 2026 at 11:00 Moscow time. */
    static final Instant FIRST_SWEEP = Instant.parse("2026-04-15T08:00:00Z");
    private static final long A_WEEK = Duration.ofDays(7).getSeconds();
    static final int CLAIMS = 1_000_000;

    /** Minutes between two sweeps: 1 as a scheduler runs it; longer intervals find more claims due per sweep. */
    @Param("1")
    public int everyMinutes;

    private SlaSweep warm;
    private SlaSweep cold;
    private Supplier<SlaSweep> newSweep;
    private Claim[] open;
    private Instant at = FIRST_SWEEP;
    private long sweeps;
    private long due;
    private long minDue = Long.MAX_VALUE;
    private long maxDue;

    @Setup(Level.Trial)
    public void prepare() {
        BusinessCalendar russia = BusinessCalendars.russia2026();
        BusinessCalendar desk = BusinessCalendar.named("support-desk-7x12", ZoneId.of("Asia/Yekaterinburg"))
                .weekdays(WorkingHours.parse("08:00-20:00"))
                .on(DayOfWeek.SATURDAY, WorkingHours.parse("08:00-20:00"))
                .on(DayOfWeek.SUNDAY, WorkingHours.parse("08:00-20:00")).build();
        SlaCalendars calendars = SlaCalendars.of(russia, desk);
        SlaPolicies policies = SlaPolicies.of(policies(russia.name(), desk.name()));
        Repositories repositories = Repositories.inMemory();
        Crm crm = Crm.builder().repositories(repositories).clock(Clock.fixed(FIRST_SWEEP, MOSCOW)).build();
        ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        newSweep = () -> SlaSweep.builder(crm, repositories).policies(policies).calendars(calendars)
                .assignments(assignments)
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment()).build()).build();
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
        open = new Claim[CLAIMS];
        for (int i = 0; i < CLAIMS; i++) {
            open[i] = aClaim(random, agents, department, clients);
            registrar.assign(open[i]);
        }
        describe(newSweep.get());
        warm = newSweep.get();
        sweepWith(warm, at.minusSeconds(60L * everyMinutes)); // the scheduler's previous run
    }

    /** One sweep of the whole queue at the next minute, the memo warm from the sweeps before. */
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long steadySweep() {
        at = at.plusSeconds(60L * everyMinutes);
        long found = sweepWith(warm, at);
        count(found);
        return found;
    }

    @Setup(Level.Invocation)
    public void restart() {
        cold = newSweep.get();
    }

    /** One sweep of the whole queue at the next minute by a sweep that has not looked at any claim yet. */
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long coldSweep() {
        at = at.plusSeconds(60L * everyMinutes);
        long found = sweepWith(cold, at);
        count(found);
        return found;
    }

    /** Every claim recomputed from its history at the next minute, without the memo. */
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long evaluateEveryClaim() {
        at = at.plusSeconds(60L * everyMinutes);
        long attention = 0;
        for (Claim claim : open) {
            if (warm.evaluate(claim, at).needsAttention()) {
                attention++;
            }
        }
        return attention;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (sweeps > 0) {
            System.out.printf("%n%d sweeps from %s to %s: claims due per sweep mean %.0f (%.3f %%), min %d, max %d%n",
                    sweeps, FIRST_SWEEP, at, (double) due / sweeps, 100.0 * due / sweeps / CLAIMS, minDue, maxDue);
        }
    }

    private long sweepWith(SlaSweep sweep, Instant instant) {
        long found = 0;
        for (Claim claim : open) {
            if (sweep.dueAt(claim, instant).isPresent()) {
                found++;
            }
        }
        return found;
    }

    private void count(long found) {
        sweeps++;
        due += found;
        minDue = Math.min(minDue, found);
        maxDue = Math.max(maxDue, found);
    }

    /** How the queue stands at the first sweep. */
    private void describe(SlaSweep sweep) {
        int[][] states = new int[2][MilestoneState.values().length];
        int paused = 0;
        for (Claim claim : open) {
            ClaimSlaEvaluation evaluation = sweep.evaluate(claim, FIRST_SWEEP);
            for (Milestone milestone : Milestone.values()) {
                states[milestone.ordinal()][evaluation.state(milestone).ordinal()]++;
            }
            if (claim.status() == ClaimStatus.WAITING) {
                paused++;
            }
        }
        System.out.printf("%n%d open claims at %s, %d paused (waiting); first response %s; resolution %s%n", CLAIMS,
                FIRST_SWEEP, paused, text(states[0]), text(states[1]));
    }

    private static String text(int[] counts) {
        StringBuilder text = new StringBuilder();
        for (MilestoneState state : MilestoneState.values()) {
            text.append(state).append(' ').append(counts[state.ordinal()]).append(' ');
        }
        return text.toString().trim();
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

    /** A claim registered within six weeks before the sweep, taken some way through its life, still open. */
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
