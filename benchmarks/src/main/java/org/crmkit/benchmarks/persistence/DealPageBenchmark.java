package org.crmkit.benchmarks.persistence;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.persistence.PersistentCrm;

/**
 * A head of sales pages through the deals of their department subtree, 50 at a time, on PostgreSQL with
 * {@code bench.deals} (default 1,000,000) deals: {@code crm.as(head).deals().list(page)}, the whole stack (the
 * session's DEPARTMENT_TREE filter from RoleBasedAccessPolicy over the OrgTree, its SQL translation, keyset paging by
 * id, Hibernate loading the rows and their collections, the masked views). Each call reads the next page; after
 * {@link #PAGES} pages the walk starts again from the first. Target: p99 at most 10 ms.
 *
 * <p>{@code head}: team = a team of 10 managers (5% of the deals), region = 4 teams (20%), division = all sales
 * (100%).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 15)
@Measurement(iterations = 3, time = 20)
@State(Scope.Benchmark)
public class DealPageBenchmark {
    /** Pages read before the walk restarts at the first page (about 10,000 deals). */
    static final int PAGES = 200;

    @Param({"region", "team", "division"})
    public String head;

    private PersistentCrm storage;
    private CrmSession session;
    private UUID next;
    private int pages;

    @Setup(Level.Trial)
    public void open() throws Exception {
        SeededCrm data = SeededCrm.ensure(SeededCrm.Size.fromSystemProperties());
        storage = BenchDatabase.open(SeededCrm.SCHEMA);
        session = storage.crmBuilder().build().as(data.head(head));
        Page<DealView> first = session.deals().list(PageRequest.first(50));
        if (first.items().size() != 50 || first.next().isEmpty()) {
            throw new IllegalStateException("the head of " + head + " should see full pages, got " + first.items().size());
        }
    }

    @Benchmark
    public Page<DealView> nextPageOf50() {
        Page<DealView> page = session.deals().list(next == null ? PageRequest.first(50) : new PageRequest(next, 50));
        next = page.next().orElse(null);
        if (++pages == PAGES) {
            pages = 0;
            next = null;
        }
        return page;
    }

    @TearDown(Level.Trial)
    public void close() {
        storage.close();
    }
}
