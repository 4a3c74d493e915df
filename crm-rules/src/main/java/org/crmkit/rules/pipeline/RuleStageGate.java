package org.crmkit.rules.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.GateDecision;
import org.crmkit.core.deal.GateViolation;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageGate;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Evaluation;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;

/**
 * A stage gate made of rules: on a move it evaluates the rules whose stage-transition trigger matches the move,
 * against the deal as it is before the move. It blocks when a matched rule yields a violation (kept as is: code,
 * field, EN + RU) or a block (code {@code gate.blocked:<rule id>}), and the decision then carries the readable
 * trace of the evaluation: every rule, and for each evaluated one the conditions with the values they saw.
 * Other effects (approvals, assignments...) do not block a move and are ignored here.
 */
public final class RuleStageGate<T> implements StageGate {
    private final RuleSet<T> rules;
    private final GateFacts<T> facts;
    private final RuleEngine engine;

    public RuleStageGate(RuleSet<T> rules, GateFacts<T> facts, RuleEngine engine) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.engine = Objects.requireNonNull(engine, "engine");
        if (!rules.schema().name().equals(facts.schema().name())) {
            throw new IllegalArgumentException("the rules are written for schema '" + rules.schema().name()
                    + "', the gate reads '" + facts.schema().name() + "'");
        }
    }

    @Override
    public GateDecision check(Deal deal, Stage from, Stage to) {
        T fact = facts.factsOf().apply(deal);
        Occasion move = Occasion.stageTransition(from.key().value(), to.key().value());
        // The untraced path first: most moves pass, and a pass needs no explanation.
        if (!engine.evaluate(rules, fact, move).rejects()) {
            return GateDecision.pass();
        }
        Evaluation traced = engine.evaluateTraced(rules, fact, move);
        List<GateViolation> violations = new ArrayList<>();
        traced.matchedRules().forEach(rule -> rule.effects().forEach(effect -> {
            if (effect instanceof Effect.Violation v) {
                violations.add(new GateViolation(v.code(), v.field(), v.messageEn(), v.messageRu()));
            } else if (effect instanceof Effect.Block b) {
                violations.add(new GateViolation("gate.blocked:" + rule.id(), null, b.reasonEn(), b.reasonRu()));
            }
        }));
        return GateDecision.blocked(violations, traced.trace().orElseThrow().explain());
    }

    public RuleSet<T> rules() {
        return rules;
    }
}
