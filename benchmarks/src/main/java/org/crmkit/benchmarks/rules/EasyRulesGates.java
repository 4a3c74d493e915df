package org.crmkit.benchmarks.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Easy Rules' side of the comparison: the same nine gate rules as Java lambdas built with {@link RuleBuilder}.
 * Deliberately no MVEL or SpEL rules ({@code easy-rules-mvel}/{@code easy-rules-spel} are not even on the class
 * path): expression rules evaluate text as code, which is the remote-code-execution risk of CVE-2023-50571 when the
 * text comes from a user. Every decision puts a fresh {@link GateInput} into new {@link Facts} and fires all rules
 * with the {@link DefaultRulesEngine} (no skipping: every rule is evaluated, as in the other engines).
 */
public final class EasyRulesGates implements GateDecider {
    private static final BigDecimal RENEWAL_FLOOR = new BigDecimal(50_000);

    private final RulesEngine engine = new DefaultRulesEngine();
    private final Rules rules = new Rules(
            rule("acme:proposal.amount-required",
                    g -> move(g, "new-business", "qualification", "proposal") && g.getAmount() == null),
            rule("acme:proposal.decision-maker-required",
                    g -> move(g, "new-business", "qualification", "proposal") && !g.getRoles().contains("DECISION_MAKER")),
            rule("acme:negotiation.expected-close-required",
                    g -> move(g, "new-business", "proposal", "negotiation") && g.getExpectedClose() == null),
            rule("acme:negotiation.two-contacts",
                    g -> move(g, "new-business", "proposal", "negotiation") && g.getContactCount() < 2),
            rule("acme:win.signed-contract",
                    g -> into(g, "new-business", "won") && g.getContractReference() == null),
            rule("acme:win.probability-confirmed",
                    g -> into(g, "new-business", "won") && g.getProbability() < 70),
            rule("acme:renewal.offer-to-decision-maker",
                    g -> move(g, "renewals", "renewal-due", "offer-sent") && !g.getRoles().contains("DECISION_MAKER")),
            rule("acme:renewal.amount-at-least",
                    g -> into(g, "renewals", "renewed") && (g.getAmount() == null
                            || ("RUB".equals(g.getCurrency()) && g.getAmount().compareTo(RENEWAL_FLOOR) < 0))),
            rule("acme:renewal.in-roubles",
                    g -> into(g, "renewals", "renewed") && g.getAmount() != null && !"RUB".equals(g.getCurrency())));

    private static boolean move(GateInput g, String pipeline, String from, String to) {
        return pipeline.equals(g.getPipeline()) && from.equals(g.getFromStage()) && to.equals(g.getToStage());
    }

    private static boolean into(GateInput g, String pipeline, String to) {
        return pipeline.equals(g.getPipeline()) && to.equals(g.getToStage());
    }

    private static Rule rule(String id, Predicate<GateInput> blocks) {
        return new RuleBuilder().name(id)
                .when(facts -> blocks.test(facts.get("gate")))
                .then(facts -> facts.<GateInput>get("gate").block(id))
                .build();
    }

    /** The ids of the blocking rules, in firing order. */
    public List<String> decide(GateCase move) {
        GateInput input = GateInput.of(move.deal(), move.from(), move.to());
        Facts facts = new Facts();
        facts.put("gate", input);
        engine.fire(rules, facts);
        return input.blocked();
    }

    @Override
    public String name() {
        return "Easy Rules";
    }

    @Override
    public Set<String> blockingRules(GateCase move) {
        return new TreeSet<>(decide(move));
    }
}
