package org.crmkit.rules.process.verify;

import java.util.List;

import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessNode;

/** What each node must say for itself: decisions their otherwise branch, steps their role and deadline. */
final class NodeChecks {
    private NodeChecks() {
    }

    static void check(ProcessGraph p, ProcessCatalog catalog, List<Finding> out) {
        for (int v = 0; v < p.nodes.size(); v++) {
            ProcessNode node = p.nodes.get(v);
            if (node instanceof ProcessNode.Decision decision) {
                decision(p, v, decision, out);
            } else if (node instanceof ProcessNode.Step step) {
                step(p, v, step, out);
            } else if (node instanceof ProcessNode.Subprocess sub
                    && !sub.process().equals(p.definition.key()) && catalog.find(sub.process()).isEmpty()) {
                String id = sub.id().value();
                out.add(new Finding(FindingCode.SUBPROCESS_UNRESOLVED,
                        "subprocess " + id + " refers to process " + sub.process() + ", which the catalog does not hold",
                        "подпроцесс " + id + " ссылается на процесс " + sub.process() + ", которого нет в каталоге",
                        List.of(id), p.pathTo(v), List.of(p.definition.key().value(), sub.process().value())));
            }
        }
    }

    private static void decision(ProcessGraph p, int v, ProcessNode.Decision decision, List<Finding> out) {
        List<Flow> branches = p.definition.outgoing(decision.id());
        String id = decision.id().value();
        if (branches.size() < 2) {
            out.add(new Finding(FindingCode.DECISION_TOO_FEW_BRANCHES,
                    "decision " + id + " (" + decision.condition() + ") has " + branches.size() + " branch(es); it needs at least two",
                    "у условия " + id + " («" + decision.condition() + "») ветвей: " + branches.size() + "; нужно не меньше двух",
                    List.of(id), p.pathTo(v), List.of()));
        }
        if (branches.stream().noneMatch(Flow::otherwise)) {
            out.add(new Finding(FindingCode.DECISION_WITHOUT_OTHERWISE,
                    "decision " + id + " does not say what happens if \"" + decision.condition() + "\" is not met",
                    "условие " + id + " не говорит, что будет, если «" + decision.condition() + "» не выполнено",
                    List.of(id), p.pathTo(v), List.of()));
        }
    }

    private static void step(ProcessGraph p, int v, ProcessNode.Step step, List<Finding> out) {
        String id = step.id().value();
        if (step.responsible().isEmpty()) {
            out.add(new Finding(FindingCode.STEP_WITHOUT_ROLE, "step " + id + " (" + step.name() + ") has no responsible role",
                    "у шага " + id + " («" + step.name() + "») нет ответственной роли", List.of(id), p.pathTo(v), List.of()));
        } else if (!p.definition.participants().contains(step.responsible().get())) {
            String role = step.responsible().get().value();
            out.add(new Finding(FindingCode.ROLE_NOT_PARTICIPANT,
                    "step " + id + " is assigned to " + role + ", which is not a participant of the process",
                    "шаг " + id + " поручен роли " + role + ", которая не участвует в процессе",
                    List.of(id), p.pathTo(v), List.of()));
        }
        if (step.deadline().isEmpty()) {
            out.add(new Finding(FindingCode.STEP_WITHOUT_DEADLINE, "step " + id + " (" + step.name() + ") has no deadline",
                    "у шага " + id + " («" + step.name() + "») нет срока", List.of(id), p.pathTo(v), List.of()));
        }
    }
}
