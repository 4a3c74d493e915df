package org.crmkit.core.organisation;

import java.util.HashMap;
import java.util.Map;

import org.crmkit.core.shared.DepartmentId;

/** Numbers a forest in pre-order without recursion (deep chains must not overflow the stack). */
final class OrgTreeBuilder {
    private OrgTreeBuilder() {
    }

    static OrgTree build(Map<DepartmentId, DepartmentId> parentOf) {
        int n = parentOf.size();
        DepartmentId[] ids = new DepartmentId[n];
        Map<DepartmentId, Integer> index = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        int i = 0;
        for (DepartmentId id : parentOf.keySet()) {
            ids[i] = id;
            index.put(id, i++);
        }
        int[] parent = new int[n];
        int[] childCount = new int[n + 1];
        for (int k = 0; k < n; k++) {
            DepartmentId p = parentOf.get(ids[k]);
            if (p == null) {
                parent[k] = -1;
                continue;
            }
            Integer pi = index.get(p);
            if (pi == null) {
                throw InvalidOrgTree.unknownParent(ids[k], p);
            }
            parent[k] = pi;
            childCount[pi]++;
        }
        // Children in compressed rows: the children of k are children[start[k] .. start[k+1]).
        int[] start = new int[n + 1];
        for (int k = 0; k < n; k++) {
            start[k + 1] = start[k] + childCount[k];
        }
        int[] fill = start.clone();
        int[] children = new int[n];
        for (int k = 0; k < n; k++) {
            if (parent[k] >= 0) {
                children[fill[parent[k]]++] = k;
            }
        }
        int[] pre = new int[n];
        java.util.Arrays.fill(pre, -1);
        int[] end = new int[n];
        int[] stack = new int[n];
        int[] nextChild = new int[n];
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top] = root;
            pre[root] = counter++;
            nextChild[root] = start[root];
            while (top >= 0) {
                int node = stack[top];
                if (nextChild[node] < start[node + 1]) {
                    int child = children[nextChild[node]++];
                    pre[child] = counter++;
                    nextChild[child] = start[child];
                    stack[++top] = child;
                } else {
                    end[node] = counter - 1;
                    top--;
                }
            }
        }
        if (counter < n) {
            // Whatever no root reaches sits on a cycle or hangs below one.
            for (int k = 0; k < n; k++) {
                if (pre[k] < 0) {
                    throw InvalidOrgTree.cycle(ids[k]);
                }
            }
        }
        DepartmentId[] atPosition = new DepartmentId[n];
        int[] subtreeEnd = new int[n];
        int[] parentPosition = new int[n];
        for (int k = 0; k < n; k++) {
            int p = pre[k];
            atPosition[p] = ids[k];
            subtreeEnd[p] = end[k];
            parentPosition[p] = parent[k] < 0 ? -1 : pre[parent[k]];
        }
        return OrgTree.assemble(atPosition, subtreeEnd, parentPosition);
    }
}
