package org.crmkit.rules.process.verify;

import java.util.Arrays;

/**
 * Immediate dominators by Lengauer–Tarjan (path compression, iterative): O(E log V), which for process
 * graphs is indistinguishable from linear. Vertex {@code a} dominates {@code b} when every path from the
 * root to {@code b} passes through {@code a}; only vertices reachable from the root take part.
 */
final class Dominators {
    private final int[] idom;

    private Dominators(int[] idom) {
        this.idom = idom;
    }

    /** The immediate dominator of {@code v}; the root is its own, and unreachable vertices have -1. */
    int immediateDominator(int v) {
        return idom[v];
    }

    static Dominators of(IndexedGraph g, int root) {
        int n = g.size();
        IndexedGraph preds = g.reversed();
        int[] dfnum = new int[n];
        int[] vertex = new int[n];
        int[] parent = new int[n];
        Arrays.fill(dfnum, -1);
        int reached = number(g, root, dfnum, vertex, parent);

        int[] semi = new int[n];
        int[] ancestor = new int[n];
        int[] label = new int[n];
        int[] idom = new int[n];
        int[] bucketHead = new int[n];
        int[] bucketNext = new int[n];
        Arrays.fill(ancestor, -1);
        Arrays.fill(idom, -1);
        Arrays.fill(bucketHead, -1);
        for (int v = 0; v < n; v++) {
            semi[v] = dfnum[v];
            label[v] = v;
        }
        int[] scratch = new int[n];
        for (int i = reached - 1; i >= 1; i--) {
            int w = vertex[i];
            for (int e = preds.firstEdge(w); e < preds.endEdge(w); e++) {
                int v = preds.target(e);
                if (dfnum[v] == -1) {
                    continue;
                }
                int u = eval(v, ancestor, label, semi, scratch);
                if (semi[u] < semi[w]) {
                    semi[w] = semi[u];
                }
            }
            int s = vertex[semi[w]];
            bucketNext[w] = bucketHead[s];
            bucketHead[s] = w;
            int p = parent[w];
            ancestor[w] = p;
            for (int v = bucketHead[p]; v != -1; v = bucketNext[v]) {
                int u = eval(v, ancestor, label, semi, scratch);
                idom[v] = semi[u] < semi[v] ? u : p;
            }
            bucketHead[p] = -1;
        }
        for (int i = 1; i < reached; i++) {
            int w = vertex[i];
            if (idom[w] != vertex[semi[w]]) {
                idom[w] = idom[idom[w]];
            }
        }
        idom[root] = root;
        return new Dominators(idom);
    }

    /** Depth-first numbering from the root, iterative; returns how many vertices were reached. */
    private static int number(IndexedGraph g, int root, int[] dfnum, int[] vertex, int[] parent) {
        int[] stack = new int[g.size()];
        int[] nextEdge = new int[g.size()];
        int top = 0;
        int count = 0;
        dfnum[root] = count;
        vertex[count++] = root;
        parent[root] = -1;
        stack[top++] = root;
        nextEdge[root] = g.firstEdge(root);
        while (top > 0) {
            int v = stack[top - 1];
            if (nextEdge[v] == g.endEdge(v)) {
                top--;
                continue;
            }
            int w = g.target(nextEdge[v]++);
            if (dfnum[w] == -1) {
                dfnum[w] = count;
                vertex[count++] = w;
                parent[w] = v;
                nextEdge[w] = g.firstEdge(w);
                stack[top++] = w;
            }
        }
        return count;
    }

    private static int eval(int v, int[] ancestor, int[] label, int[] semi, int[] scratch) {
        if (ancestor[v] == -1) {
            return v;
        }
        // Path compression without recursion: collect the chain, then fold labels from the top down.
        int depth = 0;
        for (int u = v; ancestor[ancestor[u]] != -1; u = ancestor[u]) {
            scratch[depth++] = u;
        }
        while (depth > 0) {
            int u = scratch[--depth];
            int a = ancestor[u];
            if (semi[label[a]] < semi[label[u]]) {
                label[u] = label[a];
            }
            ancestor[u] = ancestor[a];
        }
        return label[v];
    }
}
