package org.crmkit.rules.process.verify;

import java.util.List;

import org.crmkit.rules.process.NodeKind;

/** Start and end present, every node reachable, no trap a run can fall into. */
final class StructureChecks {
    private StructureChecks() {
    }

    static void check(ProcessGraph p, List<Finding> out) {
        String process = p.definition.key().value();
        if (p.starts.length == 0) {
            out.add(new Finding(FindingCode.NO_START, "process " + process + " has no start",
                    "у процесса " + process + " нет начала", List.of(), List.of(), List.of()));
        } else if (p.starts.length > 1) {
            List<String> starts = p.ids(java.util.Arrays.stream(p.starts).boxed().toList());
            out.add(new Finding(FindingCode.SEVERAL_STARTS, "process " + process + " has several starts: " + starts,
                    "у процесса " + process + " несколько начал: " + starts, starts, List.of(), List.of()));
        }
        if (p.definition.nodesOf(NodeKind.END).isEmpty()) {
            out.add(new Finding(FindingCode.NO_END, "process " + process + " has no end",
                    "у процесса " + process + " нет завершения", List.of(), List.of(), List.of()));
        }
        if (p.starts.length > 0) {
            for (int v = 0; v < p.graph.size(); v++) {
                if (!p.fromStart.reached(v)) {
                    String id = p.id(v);
                    out.add(new Finding(FindingCode.UNREACHABLE, "node " + id + " cannot be reached from the start",
                            "узел " + id + " недостижим из начала процесса", List.of(id), List.of(), List.of()));
                }
            }
        }
        for (Traps.Trap trap : Traps.find(p.graph, p.isEnd, p.fromStart)) {
            List<String> members = p.ids(trap.members());
            List<String> path = p.ids(trap.path());
            if (trap.cycle()) {
                out.add(new Finding(FindingCode.CLOSED_CYCLE,
                        "nodes " + members + " form a cycle with no way out and no end: a run entering it never finishes",
                        "узлы " + members + " образуют цикл без выхода и без завершения: процесс в нём не закончится",
                        members, path, List.of()));
            } else {
                out.add(new Finding(FindingCode.DEAD_END,
                        "no end can be reached from node " + members.get(0) + ": a run reaching it is stuck",
                        "из узла " + members.get(0) + " нельзя дойти до завершения: процесс в нём застрянет",
                        members, path, List.of()));
            }
        }
    }
}
