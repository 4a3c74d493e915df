package org.crmkit.rules.process.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessNode;

/** A process definition as an indexed graph, with shortest paths from its start(s) for counterexamples. */
final class ProcessGraph {
    final ProcessDefinition definition;
    final List<ProcessNode> nodes;
    final IndexedGraph graph;
    final int[] starts;
    final boolean[] isEnd;
    final Paths fromStart;

    ProcessGraph(ProcessDefinition definition) {
        this.definition = definition;
        this.nodes = definition.nodes();
        int n = nodes.size();
        Map<NodeId, Integer> index = new HashMap<>(n * 2);
        List<Integer> startList = new ArrayList<>();
        isEnd = new boolean[n];
        for (int v = 0; v < n; v++) {
            ProcessNode node = nodes.get(v);
            index.put(node.id(), v);
            if (node.kind() == NodeKind.START) {
                startList.add(v);
            }
            isEnd[v] = node.kind() == NodeKind.END;
        }
        List<Flow> flows = definition.flows();
        int[] from = new int[flows.size()];
        int[] to = new int[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            from[i] = index.get(flows.get(i).from());
            to[i] = index.get(flows.get(i).to());
        }
        graph = IndexedGraph.of(n, from, to, flows.size());
        starts = startList.stream().mapToInt(Integer::intValue).toArray();
        fromStart = Paths.from(graph, starts);
    }

    String id(int v) {
        return nodes.get(v).id().value();
    }

    List<String> ids(List<Integer> vertices) {
        return vertices.stream().map(this::id).toList();
    }

    List<String> pathTo(int v) {
        return ids(fromStart.to(v));
    }
}
