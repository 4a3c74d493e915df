package org.crmkit.benchmarks.access;

import java.util.concurrent.TimeUnit;

import org.crmkit.core.access.ActorAccess;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.ScopedRecordFilter;
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
 * One access check and one list filter of {@link RoleBasedAccessPolicy} in a company of 10,000 departments,
 * 1,000 roles and 100,000 employees, as the total number of grants grows from 10 to 100,000. Sample time, so
 * the report shows the p50 and p99 of single calls (each sample includes the ~20 ns of reading the clock; see
 * {@link #baseline}).
 *
 * <p>Requests cycle through 65,536 pre-generated (actor, permission, record) triples so that the JIT cannot
 * fold a constant request; every distinct role set is compiled during setup, so the figures are the steady
 * state of a running CRM, not its first minute.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class AccessCheckBenchmark {
    @Param({"10", "1000", "100000"})
    public int grants;

    /**
     * How many distinct requests the benchmark cycles through (a power of two up to 65,536). The default touches
     * a working set far larger than the CPU caches, as a server does; {@code -p mix=256} is the control that
     * keeps everything in cache and so shows the cost of the code path alone.
     */
    @Param({"65536"})
    public int mix;

    private int mask;

    private SyntheticCompany company;
    private RoleBasedAccessPolicy policy;
    /** Each employee bound once, as a session holds its actor ({@link RoleBasedAccessPolicy#bind}). */
    private ActorAccess[] bound;
    /**
     * The same requests' records placed in the policy's org tree ({@link ProtectedRecord#placedIn}), as a
     * repository that stores each record's department position hands them over.
     */
    private ProtectedRecord[] placed;
    private int next;

    @Setup(Level.Trial)
    public void buildCompany() {
        if (Integer.bitCount(mix) != 1 || mix > SyntheticCompany.REQUESTS) {
            throw new IllegalArgumentException("mix must be a power of two up to " + SyntheticCompany.REQUESTS);
        }
        mask = mix - 1;
        long start = System.nanoTime();
        company = SyntheticCompany.generate(grants, SyntheticCompany.Scopes.MIXED);
        policy = RoleBasedAccessPolicy.of(company.policy, company.tree);
        long built = System.nanoTime();
        int allowed = 0;
        for (int e = 0; e < SyntheticCompany.EMPLOYEES; e++) {
            policy.decide(company.employees[e], company.permissions[0]);
        }
        long compiled = System.nanoTime();
        bound = new ActorAccess[SyntheticCompany.EMPLOYEES];
        for (int e = 0; e < SyntheticCompany.EMPLOYEES; e++) {
            bound[e] = policy.bind(company.employees[e]);
        }
        placed = new ProtectedRecord[SyntheticCompany.REQUESTS];
        for (int q = 0; q < SyntheticCompany.REQUESTS; q++) {
            placed[q] = company.requestRecord[q].placedIn(policy.tree());
        }
        for (int q = 0; q < SyntheticCompany.REQUESTS; q++) {
            Decision plain = policy.decide(company.requestActor[q], company.requestPermission[q],
                    company.requestRecord[q]);
            Decision fast = bound[company.requestEmployee[q]].decide(company.requestPermission[q], placed[q]);
            if (!plain.equals(fast)) {
                throw new IllegalStateException("request " + q + ": " + plain + " but placed and bound " + fast);
            }
            allowed += plain.allowed() ? 1 : 0;
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("%n[setup] grants=%d: company %d ms, compiling every role set %d ms, %d of %d requests"
                        + " allowed, heap in use %d MB%n", grants, (built - start) / 1_000_000,
                (compiled - built) / 1_000_000, allowed, SyntheticCompany.REQUESTS,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /**
     * {@code policy.decide(actor, permission, record)}: may this employee do this to this record? Binds the actor
     * (role-set lookup, place in the tree) on every call: the cost of a check without a session.
     */
    @Benchmark
    public Decision decide() {
        int q = next++ & mask;
        return policy.decide(company.requestActor[q], company.requestPermission[q], company.requestRecord[q]);
    }

    /**
     * {@code access.decide(permission, record)} on the actor bound for the session: the same decision without
     * looking up the actor's role set.
     */
    @Benchmark
    public Decision decideBound() {
        int q = next++ & mask;
        return bound[company.requestEmployee[q]].decide(company.requestPermission[q], company.requestRecord[q]);
    }

    /**
     * {@link #decideBound} with the record {@link ProtectedRecord#placedIn placed} in the policy's tree: what a
     * session sees when its repository stores department positions, so the check compares positions instead of
     * looking the record's department up.
     */
    @Benchmark
    public Decision decideBoundPlaced() {
        int q = next++ & mask;
        return bound[company.requestEmployee[q]].decide(company.requestPermission[q], placed[q]);
    }

    /** {@code access.filter(permission)} on the actor bound for the session. */
    @Benchmark
    public ScopedRecordFilter filterBound() {
        int q = next++ & mask;
        return bound[company.requestEmployee[q]].filter(company.requestPermission[q]);
    }

    /** {@code policy.filter(actor, permission)}: the WHERE clause of one list screen of a session. */
    @Benchmark
    public ScopedRecordFilter filter() {
        int q = next++ & mask;
        return policy.filter(company.requestActor[q], company.requestPermission[q]);
    }

    /** Reads one request and returns it: the cost of the harness and the clock, to subtract mentally. */
    @Benchmark
    public Object baseline() {
        int q = next++ & mask;
        return company.requestRecord[q];
    }
}
