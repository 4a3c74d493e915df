package org.crmkit.rules.process.json;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessNode;

/** Writes the format {@link ProcessReader} reads, field for field. */
final class ProcessWriter {
    private ProcessWriter() {
    }

    static JsonNode write(ObjectMapper mapper, ProcessDefinition d) {
        ObjectNode root = mapper.createObjectNode();
        root.put("key", d.key().value());
        root.put("version", d.version());
        root.put("goal", d.goal());
        ArrayNode participants = root.putArray("participants");
        d.participants().forEach(r -> participants.add(r.value()));
        ArrayNode nodes = root.putArray("nodes");
        for (ProcessNode node : d.nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("id", node.id().value());
            n.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
            if (node instanceof ProcessNode.Step step) {
                n.put("name", step.name());
                step.responsible().ifPresent(r -> n.put("role", r.value()));
                step.deadline().ifPresent(deadline -> {
                    ObjectNode json = n.putObject("deadline");
                    if (deadline instanceof Deadline.Within within) {
                        json.put("within", within.duration().toString());
                    } else {
                        json.put("businessDays", ((Deadline.BusinessDays) deadline).days());
                    }
                });
                if (!step.effect().isNone()) {
                    ObjectNode effect = n.putObject("effect");
                    effect.put("description", step.effect().description());
                    ArrayNode outputs = effect.putArray("outputs");
                    step.effect().outputs().forEach(outputs::add);
                }
            } else if (node instanceof ProcessNode.Decision decision) {
                n.put("condition", decision.condition());
            } else if (node instanceof ProcessNode.Subprocess sub) {
                n.put("process", sub.process().value());
            }
        }
        ArrayNode flows = root.putArray("flows");
        for (Flow flow : d.flows()) {
            ObjectNode f = flows.addObject();
            f.put("from", flow.from().value());
            f.put("to", flow.to().value());
            flow.outcome().ifPresent(o -> f.put("outcome", o.value()));
            if (flow.otherwise()) {
                f.put("otherwise", true);
            }
        }
        return root;
    }
}
