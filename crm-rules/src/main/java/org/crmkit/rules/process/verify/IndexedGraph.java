package org.crmkit.rules.process.verify;

import java.util.Arrays;

/**
 * A directed graph over vertices {@code 0..n-1} in compressed adjacency form, the common ground of both
 * verifiers. Edges keep the order they were given in, so traversals (and the paths they report) are
 * deterministic. All algorithms on it are iterative: a 100,000-step chain must not overflow the stack.
 */
final class IndexedGraph {
    private final int size;
    private final int[] offsets;
    private final int[] targets;

    private IndexedGraph(int size, int[] offsets, int[] targets) {
        this.size = size;
        this.offsets = offsets;
        this.targets = targets;
    }

    /** Edge {@code i} goes from {@code from[i]} to {@code to[i]}. */
    static IndexedGraph of(int size, int[] from, int[] to, int edges) {
        int[] offsets = new int[size + 1];
        for (int i = 0; i < edges; i++) {
            offsets[from[i] + 1]++;
        }
        for (int v = 0; v < size; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] next = Arrays.copyOf(offsets, size);
        int[] targets = new int[edges];
        for (int i = 0; i < edges; i++) {
            targets[next[from[i]]++] = to[i];
        }
        return new IndexedGraph(size, offsets, targets);
    }

    IndexedGraph reversed() {
        int edges = targets.length;
        int[] from = new int[edges];
        int[] to = new int[edges];
        for (int v = 0, e = 0; v < size; v++) {
            for (int i = offsets[v]; i < offsets[v + 1]; i++, e++) {
                from[e] = targets[i];
                to[e] = v;
            }
        }
        return of(size, from, to, edges);
    }

    int size() {
        return size;
    }

    int firstEdge(int v) {
        return offsets[v];
    }

    int endEdge(int v) {
        return offsets[v + 1];
    }

    int target(int edge) {
        return targets[edge];
    }

    int outDegree(int v) {
        return offsets[v + 1] - offsets[v];
    }
}
