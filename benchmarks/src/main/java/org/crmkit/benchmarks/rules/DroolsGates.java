package org.crmkit.benchmarks.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * Drools' side of the comparison: {@code rulesbench/acme-gates.drl} (the same nine gate rules) compiled once from a
 * String into a {@link KieBase} with {@link KieHelper} (classic engine, DRL compiled at run time); every decision
 * opens a new {@link StatelessKieSession}, inserts the {@link GateInput} and fires all rules.
 */
public final class DroolsGates implements GateDecider {
    private final KieBase kieBase;

    public DroolsGates() {
        KieHelper helper = new KieHelper().addContent(CrmKitGates.resource("/rulesbench/acme-gates.drl"), ResourceType.DRL);
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            throw new IllegalStateException("the DRL did not compile cleanly: " + results.getMessages());
        }
        kieBase = helper.build();
        int rules = kieBase.getKiePackage("org.crmkit.benchmarks.rules.drools").getRules().size();
        if (rules != 9) {
            throw new IllegalStateException("expected 9 DRL rules, the KieBase has " + rules);
        }
    }

    /** The ids of the blocking rules, in firing order. */
    public List<String> decide(GateCase move) {
        GateInput input = GateInput.of(move.deal(), move.from(), move.to());
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.execute(input);
        return input.blocked();
    }

    @Override
    public String name() {
        return "Drools";
    }

    @Override
    public Set<String> blockingRules(GateCase move) {
        return new TreeSet<>(decide(move));
    }
}
