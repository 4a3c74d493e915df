package org.crmkit.rules.process.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The places a run can enter and never leave without finishing: closed strongly connected components with no
 * end inside. A single vertex without a way on is a dead end; anything larger (or a vertex looping on itself)
 * is a closed cycle. Shared by both verifiers so that a pipeline and a process mean the same by "dead end".
 */
final class Traps {
    /** @param members in vertex order; @param path a counterexample run from a start, empty when unreachable */
    record Trap(boolean cycle, List<Integer> members, List<Integer> path) {
    }

    private Traps() {
    }

    static List<Trap> find(IndexedGraph graph, boolean[] isEnd, Paths fromStart) {
        StrongComponents scc = StrongComponents.of(graph);
        int count = scc.count();
        boolean[] hasEnd = new boolean[count];
        List<List<Integer>> members = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            members.add(null);
        }
        for (int v = 0; v < graph.size(); v++) {
            int c = scc.componentOf(v);
            hasEnd[c] |= isEnd[v];
        }
        List<Integer> trapOrder = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            int c = scc.componentOf(v);
            if (scc.isClosed(c) && !hasEnd[c]) {
                if (members.get(c) == null) {
                    members.set(c, new ArrayList<>());
                    trapOrder.add(c);
                }
                members.get(c).add(v);
            }
        }
        List<Trap> traps = new ArrayList<>();
        for (int c : trapOrder) {
            List<Integer> in = members.get(c);
            if (!scc.isCyclic(c)) {
                traps.add(new Trap(false, in, fromStart.to(in.get(0))));
            } else {
                traps.add(new Trap(true, in, intoAndAround(graph, scc, c, in, fromStart)));
            }
        }
        return traps;
    }

    /** The shortest run from a start into the cycle, then once around it back to where it entered. */
    private static List<Integer> intoAndAround(IndexedGraph graph, StrongComponents scc, int c, List<Integer> in,
                                               Paths fromStart) {
        int entry = in.get(0);
        for (int v : in) {
            if (fromStart.order(v) < fromStart.order(entry)) {
                entry = v;
            }
        }
        if (!fromStart.reached(entry)) {
            return List.of();
        }
        Paths inside = Paths.from(graph, new int[] {entry}, w -> scc.componentOf(w) == c);
        int last = -1;
        for (int v : in) {
            for (int e = graph.firstEdge(v); e < graph.endEdge(v); e++) {
                if (graph.target(e) == entry && (last == -1 || inside.order(v) < inside.order(last))) {
                    last = v;
                }
            }
        }
        List<Integer> path = new ArrayList<>(fromStart.to(entry));
        List<Integer> around = inside.to(last);
        path.addAll(around.subList(1, around.size()));
        path.add(entry);
        return path;
    }
}
