package org.crmkit.benchmarks.rules;

import java.util.concurrent.TimeUnit;

import org.crmkit.core.deal.Deal;
import org.crmkit.rules.Evaluation;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.facts.DealFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 1: one aggregate (a core {@link Deal}, read through {@link DealFacts#SCHEMA}) against 50 rules loaded from
 * JSON — p50 ≤ 2 µs (SampleTime) and ≥ 500,000 deals a second on one thread (Throughput). Every rule applies to the
 * occasion (a change of the amount), so all 50 conditions are evaluated for each deal; the deals cycle through 1,024
 * random ones so that branch prediction cannot learn a single deal.
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class DealEvaluationBenchmark {
    private static final int DEALS = 1_024;

    private RuleEngine engine;
    private RuleSet<Deal> fiftyRules;
    private Deal[] deals;
    private final Occasion amountChanged = Occasion.changed("amount");
    private int next;

    @Setup
    public void load() {
        engine = RuleEngine.create(BenchClock.FIXED);
        fiftyRules = RuleSetJson.read(DealRuleDocuments.ruleSet(50), DealFacts.SCHEMA);
        if (fiftyRules.rules().size() != 50) {
            throw new IllegalStateException("expected 50 rules, loaded " + fiftyRules.rules().size());
        }
        RandomDeals random = new RandomDeals(42);
        String[] stages = {"lead", "qualification", "proposal", "negotiation"};
        deals = new Deal[DEALS];
        for (int i = 0; i < DEALS; i++) {
            deals[i] = random.openDeal(i % 4 == 0 ? "renewals" : "new-business", stages[random.nextInt(stages.length)]);
        }
        requireEveryRuleToDecideBothWays();
    }

    /** A benchmark where a rule always or never matches would measure less than it claims: refuse to run it. */
    private void requireEveryRuleToDecideBothWays() {
        int[] matched = new int[50];
        for (Deal deal : deals) {
            Evaluation evaluation = engine.evaluate(fiftyRules, deal, amountChanged);
            for (int r = 0; r < 50; r++) {
                if (evaluation.matched("bench:rule-" + r)) {
                    matched[r]++;
                }
            }
        }
        for (int r = 0; r < 50; r++) {
            if (matched[r] == 0 || matched[r] == DEALS) {
                throw new IllegalStateException("bench:rule-" + r + " matched " + matched[r] + " of " + DEALS
                        + " deals; the population does not exercise it");
            }
        }
    }

    private Deal nextDeal() {
        next = (next + 1) & (DEALS - 1);
        return deals[next];
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation latency_oneDealFiftyRules(CpuShare cpu) {
        return engine.evaluate(fiftyRules, nextDeal(), amountChanged);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Evaluation throughput_oneDealFiftyRules(CpuShare cpu) {
        return engine.evaluate(fiftyRules, nextDeal(), amountChanged);
    }
}
