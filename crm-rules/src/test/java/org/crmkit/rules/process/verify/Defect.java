package org.crmkit.rules.process.verify;

import java.util.List;
import java.util.Optional;

import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessDefinitionBuilder;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.ProcessNode;

/**
 * One kind of defect planted into a sound process, at a place chosen by {@code pick}. Each returns the broken
 * definition and the node the verifier must name; the code it must report is {@link #code}.
 */
enum Defect {
    UNREACHABLE_STEP(FindingCode.UNREACHABLE) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            return new Planted(d.toBuilder()
                    .step("orphan", "Orphan", "lawyer", Deadline.businessDays(1), Effect.of("orphaned"))
                    .flow("orphan", "end").build(), "orphan");
        }
    },
    DEAD_END(FindingCode.DEAD_END) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            // Cut the only way on from a step, a subprocess or the start.
            List<ProcessNode> candidates = d.nodes().stream()
                    .filter(n -> n.kind() == NodeKind.STEP || n.kind() == NodeKind.SUBPROCESS || n.kind() == NodeKind.START)
                    .toList();
            NodeId victim = candidates.get(pick % candidates.size()).id();
            return new Planted(rebuild(d, d.nodes(), d.flows().stream().filter(f -> !f.from().equals(victim)).toList()),
                    victim.value());
        }
    },
    CLOSED_CYCLE(FindingCode.CLOSED_CYCLE) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            // Send a step's way on into two steps that only lead to each other.
            ProcessNode.Step from = d.steps().get(pick % d.steps().size());
            List<Flow> flows = d.flows().stream().map(f -> f.from().equals(from.id())
                    ? Flow.plain(from.id(), NodeId.of("trap-a")) : f).toList();
            return new Planted(rebuilder(d, d.nodes(), flows)
                    .step("trap-a", "Trap A", "lawyer", Deadline.businessDays(1), Effect.of("trap a"))
                    .step("trap-b", "Trap B", "lawyer", Deadline.businessDays(1), Effect.of("trap b"))
                    .flow("trap-a", "trap-b").flow("trap-b", "trap-a").build(), "trap-a");
        }
    },
    MISSING_OTHERWISE(FindingCode.DECISION_WITHOUT_OTHERWISE) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            List<ProcessNode> decisions = d.nodesOf(NodeKind.DECISION);
            if (decisions.isEmpty()) {
                // Put a decision with two ordinary branches between the start and what followed it.
                NodeId next = d.outgoing(NodeId.of("start")).get(0).to();
                List<Flow> flows = d.flows().stream().filter(f -> !f.from().value().equals("start")).toList();
                return new Planted(rebuilder(d, d.nodes(), flows).decision("planted", "planted condition")
                        .flow("start", "planted")
                        .flow(Flow.branch(NodeId.of("planted"), Outcome.of("yes"), next))
                        .flow(Flow.branch(NodeId.of("planted"), Outcome.of("no"), next)).build(), "planted");
            }
            NodeId victim = decisions.get(pick % decisions.size()).id();
            List<Flow> flows = d.flows().stream().map(f -> f.from().equals(victim) && f.otherwise()
                    ? new Flow(f.from(), f.to(), f.outcome(), false) : f).toList();
            return new Planted(rebuild(d, d.nodes(), flows), victim.value());
        }
    },
    MISSING_ROLE(FindingCode.STEP_WITHOUT_ROLE) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            return replaceStep(d, pick, s -> new ProcessNode.Step(s.id(), s.name(), Optional.empty(), s.deadline(), s.effect()));
        }
    },
    MISSING_DEADLINE(FindingCode.STEP_WITHOUT_DEADLINE) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            return replaceStep(d, pick, s -> new ProcessNode.Step(s.id(), s.name(), s.responsible(), Optional.empty(), s.effect()));
        }
    },
    DANGLING_SUBPROCESS(FindingCode.SUBPROCESS_UNRESOLVED) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            return replaceStep(d, pick, s -> new ProcessNode.Subprocess(s.id(), ProcessKey.of("no-such-process")));
        }
    },
    RECURSIVE_SUBPROCESS(FindingCode.SUBPROCESS_RECURSIVE) {
        @Override
        Planted plant(ProcessDefinition d, int pick) {
            return replaceStep(d, pick, s -> new ProcessNode.Subprocess(s.id(), d.key()));
        }
    };

    record Planted(ProcessDefinition definition, String node) {
    }

    final FindingCode code;

    Defect(FindingCode code) {
        this.code = code;
    }

    abstract Planted plant(ProcessDefinition sound, int pick);

    private static Planted replaceStep(ProcessDefinition d, int pick,
                                       java.util.function.Function<ProcessNode.Step, ProcessNode> change) {
        ProcessNode.Step victim = d.steps().get(pick % d.steps().size());
        List<ProcessNode> nodes = d.nodes().stream().map(n -> n.equals(victim) ? change.apply(victim) : n).toList();
        return new Planted(rebuild(d, nodes, d.flows()), victim.id().value());
    }

    private static ProcessDefinition rebuild(ProcessDefinition d, List<ProcessNode> nodes, List<Flow> flows) {
        return rebuilder(d, nodes, flows).build();
    }

    private static ProcessDefinitionBuilder rebuilder(ProcessDefinition d, List<ProcessNode> nodes, List<Flow> flows) {
        ProcessDefinitionBuilder b = ProcessDefinition.builder(d.key(), d.version()).goal(d.goal());
        d.participants().forEach(b::participant);
        nodes.forEach(b::node);
        flows.forEach(b::flow);
        return b;
    }
}
