package org.crmkit.benchmarks.service;

import static org.crmkit.benchmarks.service.OpenClaimQueue.FIRST_SWEEP;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.RaisedAlerts;
import org.crmkit.rules.service.SlaAction;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.service.SlaSweepReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link SlaSweep#run} whole, as the scheduler calls it, over the million open claims of {@link OpenClaimQueue}
 * stored in the in-memory repositories: reading the open claims (from the second run their stamps, restoring only
 * the claims the memo cannot vouch for; the first run restores every one), judging each one, and applying the standard escalation rules' effects
 * through the use cases to the claims that are due. One operation is one open claim swept; each invocation runs
 * the sweep once, a minute after the previous one. The set-up runs the first sweep, which acts on every claim
 * already at WARNING or VIOLATED (its time and effects are printed).
 * <ul>
 *   <li>{@link #steadyRun}: every run after the first, the memo warm;</li>
 *   <li>{@link #restartedRun}: a new sweep over the same stored claims, raised alerts and assignments, as after a
 *   restart: the memo is empty, so every claim is recomputed and every alerting one re-checked by the rules (which
 *   find its alerts raised already).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx10g"})
public class SlaSweepRunBenchmark {
    static final int CLAIMS = 1_000_000;

    private final SweepClock clock = new SweepClock();
    private Supplier<SlaSweep> newSweep;
    private SlaSweep steady;
    private SlaSweep restarted;
    private long runs;
    private long actions;

    @Setup(Level.Trial)
    public void prepare() {
        Repositories repositories = Repositories.inMemory();
        Crm crm = Crm.builder().repositories(repositories).clock(clock).build();
        OpenClaimQueue queue = company(crm.system("benchmark set-up"));
        ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        RaisedAlerts alerts = RaisedAlerts.inMemory();
        newSweep = () -> SlaSweep.builder(crm, repositories).policies(queue.policies).calendars(queue.calendars)
                .assignments(assignments).alerts(alerts)
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment()).build()).build();
        for (int i = 0; i < CLAIMS; i++) {
            Claim claim = queue.next();
            repositories.claims().save(claim);
        }
        steady = newSweep.get();
        long started = System.nanoTime();
        SlaSweepReport first = steady.run(clock.now);
        first.failures().stream().limit(3).forEach(f -> System.out.println("failure: " + f));
        System.out.printf("%nfirst sweep at %s: %d claims in %.1f s, %d actions (%d escalated, %d notified, %d tasks,"
                        + " %d skipped), %d failures, %d uncovered%n", clock.now, first.evaluated(),
                (System.nanoTime() - started) / 1e9, first.actions().size(), first.actions(SlaAction.Kind.ESCALATED).size(),
                first.actions(SlaAction.Kind.NOTIFIED).size(), first.actions(SlaAction.Kind.TASK_CREATED).size(),
                first.actions(SlaAction.Kind.SKIPPED).size(), first.failures().size(), first.uncovered().size());
    }

    /** A service department with a head and 50 agents, and 10,000 clients: whom the effects name must exist. */
    private static OpenClaimQueue company(CrmSession system) {
        DepartmentId service = system.organisation().createDepartment(CreateDepartment.root("Service"));
        EmployeeId head = system.organisation().hire(new HireEmployee("Head", null, "Of Service", "head", service,
                Set.of(StandardRoles.HEAD_OF_SERVICE_NAME.value())));
        system.organisation().appointHead(service, head);
        EmployeeId[] agents = new EmployeeId[50];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = system.organisation().hire(new HireEmployee("Agent", null, "No " + i, "agent", service,
                    Set.of(StandardRoles.SERVICE_AGENT_NAME.value())));
        }
        ClientId[] clients = new ClientId[10_000];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = system.clients().onboard(OnboardClient.person("Client", "No " + i).withOwner(agents[i % 50]));
        }
        return new OpenClaimQueue(agents, service, clients);
    }

    @Setup(Level.Invocation)
    public void nextMinute() {
        clock.now = clock.now.plusSeconds(60);
        restarted = newSweep.get();
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public SlaSweepReport steadyRun() {
        return count(steady.run(clock.now));
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public SlaSweepReport restartedRun() {
        return count(restarted.run(clock.now));
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n%d runs up to %s: %.1f actions per run%n", runs, clock.now, (double) actions / runs);
    }

    private SlaSweepReport count(SlaSweepReport report) {
        runs++;
        actions += report.actions().size();
        return report;
    }

    /** The CRM's clock, moved a minute per sweep. */
    private static final class SweepClock extends Clock {
        volatile Instant now = FIRST_SWEEP;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the sweep clock is in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
