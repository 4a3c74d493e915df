package org.crmkit.rules.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random well-formed processes. A spine {@code start → n1 → … → nk → end} guarantees a way to the end from
 * every node; decisions leave the spine by their otherwise branch (always forward, so every loop has an exit)
 * and add branches forward, back (loops), to side steps that rejoin the spine, or to extra ends. Every node
 * is therefore on a start→end path. Steps have distinct effects, so no redundancy advice is due either.
 */
public final class ProcessArbitraries {
    public static final List<String> ROLES = List.of("sales-manager", "support-agent", "lawyer");
    public static final List<String> SUBPROCESSES = List.of("check-documents", "approve-discount");

    private ProcessArbitraries() {
    }

    /** One spine node: 0 step, 1 decision, 2 subprocess; branches are used by decisions only. */
    record SpineSpec(int kind, List<BranchSpec> branches, int pick) {
    }

    /** 0 forward, 1 back (a loop), 2 to a side step rejoining the spine, 3 to an extra end. */
    record BranchSpec(int kind, int target) {
    }

    public static Arbitrary<ProcessDefinition> wellFormed() {
        Arbitrary<BranchSpec> branch = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1000)).as(BranchSpec::new);
        Arbitrary<SpineSpec> spine = Combinators.combine(Arbitraries.integers().between(0, 2),
                branch.list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 1000)).as(SpineSpec::new);
        return spine.list().ofMinSize(1).ofMaxSize(40).map(ProcessArbitraries::build);
    }

    /** The subprocesses generated processes refer to: short, sound, in the catalog. */
    public static ProcessCatalog catalog() {
        List<ProcessDefinition> subs = new ArrayList<>();
        for (String key : SUBPROCESSES) {
            subs.add(ProcessDefinition.builder(key, 1).goal("sub " + key).participants("lawyer")
                    .start("start").step("work", "Work on " + key, "lawyer", Deadline.businessDays(1), Effect.of(key + " done"))
                    .end("end").flow("start", "work").flow("work", "end").build());
        }
        return ProcessCatalog.of(subs);
    }

    static ProcessDefinition build(List<SpineSpec> specs) {
        int k = specs.size();
        ProcessDefinitionBuilder b = ProcessDefinition.builder("generated", 1).goal("generated process")
                .participants(ROLES.toArray(String[]::new)).start("start").end("end");
        b.flow("start", spineId(1, k, specs));
        for (int i = 1; i <= k; i++) {
            SpineSpec spec = specs.get(i - 1);
            String id = spineId(i, k, specs);
            // The first spine node is always a step, so every generated process has one to plant defects on.
            int kind = i == 1 ? 0 : spec.kind();
            if (kind == 0) {
                b.step(id, "Step " + i, ROLES.get(spec.pick() % ROLES.size()), deadline(spec.pick()), Effect.of("effect " + i));
                b.flow(id, spineId(i + 1, k, specs));
            } else if (kind == 2) {
                b.subprocess(id, SUBPROCESSES.get(spec.pick() % SUBPROCESSES.size()));
                b.flow(id, spineId(i + 1, k, specs));
            } else {
                b.decision(id, "condition " + i);
                b.otherwise(id, "not-met", spineId(i + 1, k, specs));
                for (int j = 0; j < spec.branches().size(); j++) {
                    branch(b, id, i, j, spec.branches().get(j), k, specs);
                }
            }
        }
        return b.build();
    }

    private static void branch(ProcessDefinitionBuilder b, String decision, int i, int j, BranchSpec spec, int k,
                               List<SpineSpec> specs) {
        String outcome = "outcome-" + j;
        String forward = spineId(i + 1 + spec.target() % (k + 1 - i), k, specs);
        String back = i > 1 ? spineId(1 + spec.target() % (i - 1), k, specs) : forward;
        switch (spec.kind()) {
            case 0 -> b.branch(decision, outcome, forward);
            case 1 -> b.branch(decision, outcome, back);
            case 2 -> {
                String side = "side-" + i + "-" + j;
                b.step(side, "Side " + i + "." + j, ROLES.get(spec.target() % ROLES.size()), deadline(spec.target()),
                        Effect.of("side effect " + i + "." + j));
                b.branch(decision, outcome, side);
                b.flow(side, spec.target() % 2 == 0 ? forward : back);
            }
            default -> {
                String end = "end-" + i + "-" + j;
                b.end(end);
                b.branch(decision, outcome, end);
            }
        }
    }

    private static String spineId(int i, int k, List<SpineSpec> specs) {
        return i > k ? "end" : "n" + i;
    }

    private static Deadline deadline(int pick) {
        return pick % 2 == 0 ? Deadline.businessDays(1 + pick % 5) : Deadline.within(Duration.ofHours(1 + pick % 48));
    }
}
