package org.crmkit.rules.process.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/** Breadth-first search from a set of sources: reachability and shortest counterexample paths. */
final class Paths {
    private static final int UNSEEN = -1;
    private final int[] parent;
    private final int[] order;

    private Paths(int[] parent, int[] order) {
        this.parent = parent;
        this.order = order;
    }

    /** Searches {@code graph} from {@code sources}; with {@code allowed} non-null, only through allowed vertices. */
    static Paths from(IndexedGraph graph, int[] sources, IntPredicate allowed) {
        int[] parent = new int[graph.size()];
        Arrays.fill(parent, UNSEEN);
        int[] order = new int[graph.size()];
        int[] queue = new int[graph.size()];
        int head = 0;
        int tail = 0;
        for (int s : sources) {
            if (parent[s] == UNSEEN) {
                parent[s] = s;
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int v = queue[head];
            order[v] = head++;
            for (int e = graph.firstEdge(v); e < graph.endEdge(v); e++) {
                int w = graph.target(e);
                if (parent[w] == UNSEEN && (allowed == null || allowed.test(w))) {
                    parent[w] = v;
                    queue[tail++] = w;
                }
            }
        }
        return new Paths(parent, order);
    }

    static Paths from(IndexedGraph graph, int[] sources) {
        return from(graph, sources, null);
    }

    /** The position at which {@code v} was reached: lower means nearer a source. */
    int order(int v) {
        return reached(v) ? order[v] : Integer.MAX_VALUE;
    }

    boolean reached(int v) {
        return parent[v] != UNSEEN;
    }

    /** The vertices from a source to {@code v}, both included; empty when {@code v} was not reached. */
    List<Integer> to(int v) {
        if (!reached(v)) {
            return List.of();
        }
        List<Integer> path = new ArrayList<>();
        for (int u = v; ; u = parent[u]) {
            path.add(u);
            if (parent[u] == u) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }
}
