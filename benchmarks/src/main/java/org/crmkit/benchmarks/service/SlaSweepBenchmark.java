package org.crmkit.benchmarks.service;

import static org.crmkit.benchmarks.service.OpenClaimQueue.FIRST_SWEEP;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.ClaimSlaEvaluation;
import org.crmkit.rules.service.ClaimSlaRegistrar;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * The queue is {@link OpenClaimQueue}: two calendars, six policy versions, a week of registrations, some claims
 * paused, many past their warning or deadline. The tear-down prints how many claims each kind of sweep found due.
 * Nothing here loads claims from a repository or applies effects: {@link SlaSweepRunBenchmark} measures
 * {@link SlaSweep#run} whole, with the in-memory repository.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class SlaSweepBenchmark {
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
        OpenClaimQueue queue = new OpenClaimQueue();
        Repositories repositories = Repositories.inMemory();
        Crm crm = Crm.builder().repositories(repositories).clock(Clock.fixed(FIRST_SWEEP, ZoneOffset.UTC)).build();
        ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        newSweep = () -> SlaSweep.builder(crm, repositories).policies(queue.policies).calendars(queue.calendars)
                .assignments(assignments)
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment()).build()).build();
        ClaimSlaRegistrar registrar = new ClaimSlaRegistrar(queue.policies, queue.calendars, assignments,
                repositories.clients());
        open = new Claim[CLAIMS];
        for (int i = 0; i < CLAIMS; i++) {
            open[i] = queue.next();
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
        return nextSweepWith(warm);
    }

    @Setup(Level.Invocation)
    public void restart() {
        cold = newSweep.get();
    }

    /** One sweep of the whole queue at the next minute by a sweep that has not looked at any claim yet. */
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long coldSweep() {
        return nextSweepWith(cold);
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

    private long nextSweepWith(SlaSweep sweep) {
        at = at.plusSeconds(60L * everyMinutes);
        long found = sweepWith(sweep, at);
        sweeps++;
        due += found;
        minDue = Math.min(minDue, found);
        maxDue = Math.max(maxDue, found);
        return found;
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
}
