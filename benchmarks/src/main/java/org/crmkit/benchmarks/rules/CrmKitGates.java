package org.crmkit.benchmarks.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.GateDecision;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Evaluation;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.pipeline.CompanyPipelines;
import org.crmkit.rules.pipeline.PipelinesJson;
import org.crmkit.rules.pipeline.RuleStageGate;

/**
 * CRMKit's side of the comparison: the gates of {@code rulesbench/acme-gates.json} read by {@link PipelinesJson},
 * one rule set per pipeline. {@link #evaluate} is the engine's untraced decision (what Drools and Easy Rules are
 * compared with); {@link #check} is the product path a CRM uses, {@link RuleStageGate#check}, which on a block
 * evaluates again with a trace to explain it.
 */
public final class CrmKitGates implements GateDecider {
    private final RuleEngine engine = RuleEngine.create(BenchClock.FIXED);
    private final CompanyPipelines company;
    private final Map<String, RuleSet<Deal>> rulesByPipeline = new HashMap<>();

    @SuppressWarnings("unchecked")
    public CrmKitGates() {
        company = PipelinesJson.reader().engine(engine).read(resource("/rulesbench/acme-gates.json"));
        for (Pipeline pipeline : company.all()) {
            rulesByPipeline.put(pipeline.key().value(),
                    ((RuleStageGate<Deal>) company.gateOf(pipeline.key())).rules());
        }
    }

    static String resource(String name) {
        try (InputStream in = CrmKitGates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CompanyPipelines company() {
        return company;
    }

    public Evaluation evaluate(GateCase move) {
        return engine.evaluate(rulesByPipeline.get(move.deal().pipeline().value()), move.deal(), move.move());
    }

    public GateDecision check(GateCase move) {
        return company.gate().check(move.deal(), move.fromStage(), move.toStage());
    }

    @Override
    public String name() {
        return "CRMKit";
    }

    @Override
    public Set<String> blockingRules(GateCase move) {
        Set<String> blocking = new TreeSet<>();
        for (Rule rule : evaluate(move).matchedRules()) {
            if (rule.effects().stream().anyMatch(e -> e instanceof Effect.Violation || e instanceof Effect.Block)) {
                blocking.add(rule.id().toString());
            }
        }
        return blocking;
    }
}
