package org.crmkit.rules;

import java.util.List;

/** Why an evaluation came out as it did: one {@link RuleTrace} per rule of the set, in evaluation order. */
public record Trace(String ruleSet, String contentHash, Combination combination, Occasion occasion,
                    List<RuleTrace> rules) {
    public Trace {
        rules = List.copyOf(rules);
    }

    public RuleTrace rule(RuleId id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in " + ruleSet));
    }

    public RuleTrace rule(String id) {
        return rule(RuleId.of(id));
    }

    /** Readable text: each rule's outcome, and for evaluated rules the condition tree with the values seen. */
    public String explain() {
        StringBuilder text = new StringBuilder();
        text.append("rule set ").append(ruleSet).append(" (").append(combination).append(") on ")
                .append(occasion).append('\n');
        for (RuleTrace rule : rules) {
            text.append("  ").append(rule.id()).append(" [priority ").append(rule.priority()).append("]: ")
                    .append(rule.status());
            if (rule.status() == RuleTrace.Status.SKIPPED) {
                text.append(" (").append(rule.reason()).append(')');
            }
            text.append('\n');
            if (rule.condition() != null) {
                explain(rule.condition(), "    ", text);
            }
        }
        return text.toString();
    }

    private static void explain(ConditionTrace node, String indent, StringBuilder text) {
        text.append(indent).append(node.expression()).append(" -> ")
                .append(node.result().name().toLowerCase().replace('_', ' '));
        if (!node.seen().isEmpty()) {
            text.append("   [").append(String.join(", ", node.seen().stream().map(Object::toString).toList())).append(']');
        }
        if (!node.note().isEmpty()) {
            text.append("   (").append(node.note()).append(')');
        }
        text.append('\n');
        for (ConditionTrace child : node.children()) {
            explain(child, indent + "  ", text);
        }
    }
}
