package org.crmkit.rules.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.organisation.RoleName;

/**
 * An immutable, well-formed process definition: key and version, goal, participants, nodes and flows.
 * "Well-formed" means the graph is well defined (unique node ids, flows between declared nodes, branches only
 * on decisions, one way on from every other node); whether the process is <em>sound</em> — reachable,
 * free of dead ends, every condition with an otherwise branch — is for {@code ProcessVerifier} to say.
 * Nodes and flows keep their declaration order, so everything derived from them is deterministic.
 */
public final class ProcessDefinition {
    private final ProcessKey key;
    private final int version;
    private final String goal;
    private final Set<RoleName> participants;
    private final List<ProcessNode> nodes;
    private final List<Flow> flows;
    private final Map<NodeId, ProcessNode> byId;
    private final Map<NodeId, List<Flow>> outgoing;

    ProcessDefinition(ProcessKey key, int version, String goal, Set<RoleName> participants,
                      List<ProcessNode> nodes, List<Flow> flows) {
        this.key = key;
        this.version = version;
        this.goal = goal;
        this.participants = Collections.unmodifiableSet(new LinkedHashSet<>(participants));
        this.nodes = List.copyOf(nodes);
        this.flows = List.copyOf(flows);
        Map<NodeId, ProcessNode> index = new LinkedHashMap<>();
        Map<NodeId, List<Flow>> out = new LinkedHashMap<>();
        for (ProcessNode node : nodes) {
            index.put(node.id(), node);
            out.put(node.id(), new ArrayList<>());
        }
        for (Flow flow : flows) {
            out.get(flow.from()).add(flow);
        }
        out.replaceAll((id, list) -> List.copyOf(list));
        this.byId = Collections.unmodifiableMap(index);
        this.outgoing = Collections.unmodifiableMap(out);
    }

    public static ProcessDefinitionBuilder builder(ProcessKey key, int version) {
        return new ProcessDefinitionBuilder(key, version);
    }

    public static ProcessDefinitionBuilder builder(String key, int version) {
        return builder(ProcessKey.of(key), version);
    }

    /** A builder holding everything this definition holds, to derive a changed version from it. */
    public ProcessDefinitionBuilder toBuilder() {
        ProcessDefinitionBuilder builder = builder(key, version).goal(goal);
        participants.forEach(builder::participant);
        nodes.forEach(builder::node);
        flows.forEach(builder::flow);
        return builder;
    }

    public ProcessKey key() {
        return key;
    }

    public int version() {
        return version;
    }

    public String goal() {
        return goal;
    }

    public Set<RoleName> participants() {
        return participants;
    }

    /** All nodes in declaration order. */
    public List<ProcessNode> nodes() {
        return nodes;
    }

    /** All flows in declaration order. */
    public List<Flow> flows() {
        return flows;
    }

    public Optional<ProcessNode> node(NodeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The flows leaving a node, in declaration order (empty for an unknown id). */
    public List<Flow> outgoing(NodeId id) {
        return outgoing.getOrDefault(id, List.of());
    }

    public List<ProcessNode.Step> steps() {
        return nodes.stream().filter(ProcessNode.Step.class::isInstance).map(ProcessNode.Step.class::cast).toList();
    }

    public List<ProcessNode> nodesOf(NodeKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).toList();
    }

    /** Two definitions are equal when they say the same thing: same key, version, goal, participants, nodes and flows in order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessDefinition d && key.equals(d.key) && version == d.version && goal.equals(d.goal)
                && participants.equals(d.participants) && nodes.equals(d.nodes) && flows.equals(d.flows);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, version, goal, participants, nodes, flows);
    }

    @Override
    public String toString() {
        return "process " + key + " v" + version + " (" + nodes.size() + " nodes, " + flows.size() + " flows)";
    }
}
