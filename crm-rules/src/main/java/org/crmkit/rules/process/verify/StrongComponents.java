package org.crmkit.rules.process.verify;

import java.util.Arrays;

/**
 * Tarjan's strongly connected components, iterative, O(V+E). Also marks the <em>closed</em> components:
 * those no edge leaves. Every vertex leads into at least one closed component, so a vertex that cannot reach
 * an end always leads into a closed component without an end — which is why reporting those (the "traps")
 * accounts for every vertex stuck forever, without reporting each vertex on the way in.
 */
final class StrongComponents {
    private final int[] component;
    private final int count;
    private final boolean[] closed;
    private final boolean[] cyclic;

    private StrongComponents(int[] component, int count, boolean[] closed, boolean[] cyclic) {
        this.component = component;
        this.count = count;
        this.closed = closed;
        this.cyclic = cyclic;
    }

    static StrongComponents of(IndexedGraph g) {
        int n = g.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        int[] nextEdge = new int[n];
        int[] call = new int[n];
        int[] stack = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int counter = 0;
        int count = 0;
        int top = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] != -1) {
                continue;
            }
            int depth = 0;
            call[0] = root;
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            nextEdge[root] = g.firstEdge(root);
            while (depth >= 0) {
                int v = call[depth];
                if (nextEdge[v] < g.endEdge(v)) {
                    int w = g.target(nextEdge[v]++);
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        nextEdge[w] = g.firstEdge(w);
                        call[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component[w] = count;
                    } while (w != v);
                    count++;
                }
                depth--;
                if (depth >= 0) {
                    low[call[depth]] = Math.min(low[call[depth]], low[v]);
                }
            }
        }
        boolean[] closed = new boolean[count];
        boolean[] cyclic = new boolean[count];
        int[] members = new int[count];
        Arrays.fill(closed, true);
        for (int v = 0; v < n; v++) {
            members[component[v]]++;
            for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
                int w = g.target(e);
                if (component[w] != component[v]) {
                    closed[component[v]] = false;
                } else {
                    cyclic[component[v]] = true;
                }
            }
        }
        return new StrongComponents(component, count, closed, cyclic);
    }

    int componentOf(int v) {
        return component[v];
    }

    int count() {
        return count;
    }

    /** No edge leaves the component. */
    boolean isClosed(int c) {
        return closed[c];
    }

    /** The component holds a cycle (more than one vertex, or one with an edge to itself). */
    boolean isCyclic(int c) {
        return cyclic[c];
    }
}
