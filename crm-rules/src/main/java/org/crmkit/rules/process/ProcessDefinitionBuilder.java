package org.crmkit.rules.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.organisation.RoleName;

/**
 * Assembles a {@link ProcessDefinition}. {@link #build()} refuses a graph that is not well defined and names
 * every problem at once ({@link InvalidProcessDefinition}); soundness is left to the verifier, so a draft
 * with gaps (a step without a role, a decision without an otherwise branch) can still be built and checked.
 */
public final class ProcessDefinitionBuilder {
    private final ProcessKey key;
    private final int version;
    private String goal = "";
    private final Set<RoleName> participants = new LinkedHashSet<>();
    private final List<ProcessNode> nodes = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();

    ProcessDefinitionBuilder(ProcessKey key, int version) {
        this.key = Objects.requireNonNull(key, "key");
        this.version = version;
    }

    public ProcessDefinitionBuilder goal(String goal) {
        this.goal = Objects.requireNonNull(goal, "goal").strip();
        return this;
    }

    public ProcessDefinitionBuilder participant(RoleName role) {
        participants.add(Objects.requireNonNull(role, "role"));
        return this;
    }

    public ProcessDefinitionBuilder participants(String... roles) {
        for (String role : roles) {
            participant(RoleName.of(role));
        }
        return this;
    }

    public ProcessDefinitionBuilder node(ProcessNode node) {
        nodes.add(Objects.requireNonNull(node, "node"));
        return this;
    }

    public ProcessDefinitionBuilder start(String id) {
        return node(new ProcessNode.Start(NodeId.of(id)));
    }

    public ProcessDefinitionBuilder end(String id) {
        return node(new ProcessNode.End(NodeId.of(id)));
    }

    public ProcessDefinitionBuilder step(String id, String name, String role, Deadline deadline, Effect effect) {
        return node(new ProcessNode.Step(NodeId.of(id), name, Optional.of(RoleName.of(role)), Optional.of(deadline), effect));
    }

    public ProcessDefinitionBuilder decision(String id, String condition) {
        return node(new ProcessNode.Decision(NodeId.of(id), condition));
    }

    public ProcessDefinitionBuilder subprocess(String id, String processKey) {
        return node(new ProcessNode.Subprocess(NodeId.of(id), ProcessKey.of(processKey)));
    }

    public ProcessDefinitionBuilder flow(Flow flow) {
        flows.add(Objects.requireNonNull(flow, "flow"));
        return this;
    }

    public ProcessDefinitionBuilder flow(String from, String to) {
        return flow(Flow.plain(NodeId.of(from), NodeId.of(to)));
    }

    public ProcessDefinitionBuilder branch(String decision, String outcome, String to) {
        return flow(Flow.branch(NodeId.of(decision), Outcome.of(outcome), NodeId.of(to)));
    }

    public ProcessDefinitionBuilder otherwise(String decision, String outcome, String to) {
        return flow(Flow.otherwise(NodeId.of(decision), Outcome.of(outcome), NodeId.of(to)));
    }

    /** @throws InvalidProcessDefinition listing every reason the graph is not well defined */
    public ProcessDefinition build() {
        List<DefinitionProblem> problems = new WellFormedness(version, goal, nodes, flows).problems();
        if (!problems.isEmpty()) {
            throw new InvalidProcessDefinition(key, problems);
        }
        return new ProcessDefinition(key, version, goal, participants, nodes, flows);
    }
}
