package org.crmkit.benchmarks.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.interaction.Interactions;
import org.crmkit.core.interaction.TimelineCursor;
import org.crmkit.core.interaction.TimelinePage;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.persistence.PersistentCrm;

/**
 * A client's 360-degree timeline, one page of 50 newest first, on PostgreSQL with {@code bench.interactions}
 * (default 10,000,000) interactions: {@code repositories().interactions().timelineOf(client, filter, cursor, 50)}
 * with the filter of the region's head of sales (DEPARTMENT_TREE over the OrgTree, from RoleBasedAccessPolicy and
 * StandardRoles). Target: p99 at most 5 ms.
 *
 * <p>{@code client}: heavy = walks the timelines of the heavy clients ({@code bench.heavyInteractions}, default
 * 20,000 each) page after page, round robin, up to {@link #DEPTH} pages deep before starting again; typical = the
 * first page of a different ordinary client each call ((interactions - heavy) / (clients - heavyClients) interactions
 * each: about 8 with 1,000,000 interactions, 98 with 10,000,000; 1,000 clients in turn).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 15)
@Measurement(iterations = 3, time = 20)
@State(Scope.Benchmark)
public class TimelinePageBenchmark {
    static final int DEPTH = 200;

    @Param({"heavy", "typical"})
    public String client;

    private PersistentCrm storage;
    private Interactions interactions;
    private RecordFilter filter;
    private List<ClientId> clients;
    private final Map<ClientId, TimelineCursor> cursors = new HashMap<>();
    private final Map<ClientId, Integer> depth = new HashMap<>();
    private int turn;

    @Setup(Level.Trial)
    public void open() throws Exception {
        SeededCrm data = SeededCrm.ensure(SeededCrm.Size.fromSystemProperties());
        storage = BenchDatabase.open(SeededCrm.SCHEMA);
        var repositories = storage.repositories();
        interactions = repositories.interactions();
        Actor head = Actor.of(repositories.employees().get(data.head("region")));
        filter = RoleBasedAccessPolicy.of(StandardRoles.policy(), OrgTree.of(repositories.departments().all()))
                .filter(head, Permission.of(Resource.INTERACTION, Action.READ));
        clients = client.equals("heavy") ? data.heavyClients() : data.typicalClientsOfRegion0(1000);
        TimelinePage first = interactions.timelineOf(clients.get(0), filter, null, 50);
        if (first.items().isEmpty() || (client.equals("heavy") && first.items().size() != 50)) {
            throw new IllegalStateException("the head of the region should see the " + client + " client's timeline, got "
                    + first.items().size());
        }
    }

    @Benchmark
    public TimelinePage pageOf50() {
        ClientId c = clients.get(turn++ % clients.size());
        if (client.equals("typical")) {
            return interactions.timelineOf(c, filter, null, 50);
        }
        TimelinePage page = interactions.timelineOf(c, filter, cursors.get(c), 50);
        int d = depth.merge(c, 1, Integer::sum);
        if (page.next().isEmpty() || d == DEPTH) {
            cursors.remove(c);
            depth.remove(c);
        } else {
            cursors.put(c, page.next().get());
        }
        return page;
    }

    @TearDown(Level.Trial)
    public void close() {
        storage.close();
    }
}
