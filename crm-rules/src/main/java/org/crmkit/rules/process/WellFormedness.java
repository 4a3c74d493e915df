package org.crmkit.rules.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.rules.process.DefinitionProblem.Place;

/** The checks that make a definition a well-defined graph; see {@link ProcessDefinitionBuilder#build()}. */
final class WellFormedness {
    private final int version;
    private final String goal;
    private final List<ProcessNode> nodes;
    private final List<Flow> flows;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    WellFormedness(int version, String goal, List<ProcessNode> nodes, List<Flow> flows) {
        this.version = version;
        this.goal = goal;
        this.nodes = nodes;
        this.flows = flows;
    }

    List<DefinitionProblem> problems() {
        if (version < 1) {
            add("process.version.invalid", new Place.Attribute("version"),
                    "the version must be 1 or more, not " + version, "версия должна быть не меньше 1, а не " + version);
        }
        if (goal.isEmpty()) {
            add("process.goal.missing", new Place.Attribute("goal"),
                    "a process needs a goal", "у процесса должна быть цель");
        }
        Map<NodeId, ProcessNode> byId = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            ProcessNode node = nodes.get(i);
            if (byId.putIfAbsent(node.id(), node) != null) {
                add("process.node.duplicate", new Place.Node(node.id(), i),
                        "node id " + node.id() + " is declared twice", "узел " + node.id() + " объявлен дважды");
            }
        }
        Map<NodeId, Integer> plainOut = new HashMap<>();
        Map<NodeId, Set<Outcome>> outcomes = new HashMap<>();
        Set<NodeId> withOtherwise = new HashSet<>();
        for (int i = 0; i < flows.size(); i++) {
            checkFlow(i, flows.get(i), byId, plainOut, outcomes, withOtherwise);
        }
        return problems;
    }

    private void checkFlow(int index, Flow flow, Map<NodeId, ProcessNode> byId, Map<NodeId, Integer> plainOut,
                           Map<NodeId, Set<Outcome>> outcomes, Set<NodeId> withOtherwise) {
        Place place = new Place.FlowAt(index);
        ProcessNode from = byId.get(flow.from());
        ProcessNode to = byId.get(flow.to());
        if (from == null) {
            add("process.flow.unknown-node", place, "flow from unknown node " + flow.from(),
                    "переход из неизвестного узла " + flow.from());
        }
        if (to == null) {
            add("process.flow.unknown-node", place, "flow to unknown node " + flow.to(),
                    "переход в неизвестный узел " + flow.to());
        }
        if (from == null || to == null) {
            return;
        }
        if (from.kind() == NodeKind.END) {
            add("process.flow.from-end", place, "end " + from.id() + " cannot have an outgoing flow",
                    "из конечного узла " + from.id() + " не может быть переходов");
        }
        if (to.kind() == NodeKind.START) {
            add("process.flow.into-start", place, "start " + to.id() + " cannot have an incoming flow",
                    "в начальный узел " + to.id() + " не может быть переходов");
        }
        if (from.kind() == NodeKind.DECISION) {
            checkBranch(place, flow, outcomes, withOtherwise);
        } else if (flow.isBranch()) {
            add("process.flow.branch-outside-decision", place,
                    "only a decision's flows carry an outcome; " + from.id() + " is a " + name(from.kind()),
                    "исход указывают только у ветвей условия; " + from.id() + " — не условие");
        } else if (plainOut.merge(from.id(), 1, Integer::sum) == 2) {
            // Parallel splits are not modelled: one way on keeps every run a single path that the verifier
            // can report as a counterexample and the runtime can follow without join semantics.
            add("process.flow.ambiguous", place,
                    from.id() + " has more than one outgoing flow; branch with a decision instead",
                    "у узла " + from.id() + " больше одного перехода; ветвление делается через условие");
        }
    }

    private void checkBranch(Place place, Flow flow, Map<NodeId, Set<Outcome>> outcomes, Set<NodeId> withOtherwise) {
        if (flow.outcome().isEmpty()) {
            add("process.branch.unlabelled", place, "a branch of decision " + flow.from() + " needs an outcome",
                    "у ветви условия " + flow.from() + " должен быть исход");
            return;
        }
        Outcome outcome = flow.outcome().get();
        if (!outcomes.computeIfAbsent(flow.from(), id -> new HashSet<>()).add(outcome)) {
            add("process.branch.duplicate-outcome", place,
                    "decision " + flow.from() + " has two branches labelled " + outcome,
                    "у условия " + flow.from() + " две ветви с исходом " + outcome);
        }
        if (flow.otherwise() && !withOtherwise.add(flow.from())) {
            add("process.branch.several-otherwise", place,
                    "decision " + flow.from() + " has more than one otherwise branch",
                    "у условия " + flow.from() + " больше одной ветви «иначе»");
        }
    }

    private static String name(NodeKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void add(String code, Place place, String en, String ru) {
        problems.add(new DefinitionProblem(code, en, ru, place));
    }
}
