package org.crmkit.benchmarks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.crmkit.core.deal.GateDecision;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.StageKey;
import org.crmkit.rules.Evaluation;
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
 * Target 4: the same nine stage-gate rules (ACME's new-business and renewal gates) in CRMKit, Drools 10.2.0 and
 * Easy Rules 4.1.0, deciding the same 2,048 random moves of random deals in the same run. The setup asks every
 * engine about every move and aborts the benchmark unless all three block the same moves by the same rules, every
 * rule blocks some move and some moves pass; it also checks that CRMKit's product path ({@link CrmKitGates#check})
 * agrees. Each operation decides one move, starting from the core deal.
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StageGateComparisonBenchmark {
    static final int CASES = 2_048;
    /** Moves that have gate rules; 60% of the cases are drawn from these, the rest from every allowed move. */
    private static final String[][] GATED = {
            {"new-business", "qualification", "proposal"}, {"new-business", "proposal", "negotiation"},
            {"new-business", "negotiation", "won"}, {"renewals", "renewal-due", "offer-sent"},
            {"renewals", "renewal-due", "renewed"}, {"renewals", "offer-sent", "renewed"}};

    private CrmKitGates crmKit;
    private DroolsGates drools;
    private EasyRulesGates easyRules;
    private GateCase[] cases;
    private int next;

    @Setup
    public void prepare() {
        crmKit = new CrmKitGates();
        drools = new DroolsGates();
        easyRules = new EasyRulesGates();
        cases = randomMoves(crmKit, 2026);
        System.out.println(requireAgreement(cases, crmKit, List.of(drools, easyRules)));
    }

    static GateCase[] randomMoves(CrmKitGates crmKit, long seed) {
        RandomDeals random = new RandomDeals(seed);
        List<Pipeline> pipelines = crmKit.company().all();
        GateCase[] moves = new GateCase[CASES];
        for (int i = 0; i < CASES; i++) {
            String pipelineKey;
            String from;
            String to;
            if (random.nextInt(10) < 6) {
                String[] gated = GATED[random.nextInt(GATED.length)];
                pipelineKey = gated[0];
                from = gated[1];
                to = gated[2];
            } else {
                Pipeline p = pipelines.get(random.nextInt(pipelines.size()));
                List<String[]> allowed = new ArrayList<>();
                p.transitions().forEach((source, targets) -> targets.forEach(
                        target -> allowed.add(new String[] {source.value(), target.value()})));
                allowed.sort((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1])); // the map's order is not the seed's
                String[] move = allowed.get(random.nextInt(allowed.size()));
                pipelineKey = p.key().value();
                from = move[0];
                to = move[1];
            }
            Pipeline pipeline = pipelines.stream().filter(p -> p.key().value().equals(pipelineKey)).findFirst()
                    .orElseThrow();
            if (!pipeline.allows(StageKey.of(from), StageKey.of(to))) {
                throw new IllegalStateException(pipelineKey + " does not allow " + from + " -> " + to);
            }
            moves[i] = GateCase.of(random.openDeal(pipelineKey, from), pipeline, from, to);
        }
        return moves;
    }

    /** Throws unless every engine blocks exactly the moves CRMKit blocks, by the same rules; returns a summary. */
    static String requireAgreement(GateCase[] cases, CrmKitGates crmKit, List<GateDecider> others) {
        Map<String, Integer> blocksByRule = new TreeMap<>();
        int blocked = 0;
        for (int i = 0; i < cases.length; i++) {
            GateCase move = cases[i];
            Set<String> expected = crmKit.blockingRules(move);
            for (GateDecider other : others) {
                Set<String> actual = other.blockingRules(move);
                if (!actual.equals(expected)) {
                    throw new IllegalStateException("engines disagree on case " + i + " (" + move.deal().pipeline()
                            + " " + move.from() + " -> " + move.to() + "): CRMKit blocks by " + expected + ", "
                            + other.name() + " by " + actual + "; input " + describe(move));
                }
            }
            GateDecision product = crmKit.check(move);
            if (product.passed() != expected.isEmpty() || product.violations().size() != expected.size()) {
                throw new IllegalStateException("RuleStageGate disagrees with the engine on case " + i + ": "
                        + product + " vs " + expected);
            }
            if (!expected.isEmpty()) {
                blocked++;
            }
            expected.forEach(rule -> blocksByRule.merge(rule, 1, Integer::sum));
        }
        if (blocksByRule.size() != 9 || blocked == 0 || blocked == cases.length) {
            throw new IllegalStateException("the random moves do not exercise every rule both ways: " + blocked
                    + " of " + cases.length + " blocked, blocks by rule " + blocksByRule);
        }
        return "agreement: CRMKit, " + others.stream().map(GateDecider::name).toList() + " block the same "
                + blocked + " of " + cases.length + " moves by the same rules; blocks by rule " + blocksByRule;
    }

    private static String describe(GateCase move) {
        GateInput in = GateInput.of(move.deal(), move.from(), move.to());
        return "amount=" + in.getAmount() + " " + in.getCurrency() + ", expectedClose=" + in.getExpectedClose()
                + ", contract=" + in.getContractReference() + ", probability=" + in.getProbability()
                + ", roles=" + in.getRoles();
    }

    private GateCase nextCase() {
        next = (next + 1) & (CASES - 1);
        return cases[next];
    }

    /** CRMKit's engine, untraced: the decision the other two engines make. */
    @Benchmark
    public Evaluation crmKit_evaluate(CpuShare cpu) {
        return crmKit.evaluate(nextCase());
    }

    /** CRMKit's product path: RuleStageGate dispatching on the pipeline, tracing and explaining every block. */
    @Benchmark
    public GateDecision crmKit_stageGateCheck(CpuShare cpu) {
        return crmKit.check(nextCase());
    }

    @Benchmark
    public List<String> drools_statelessSession(CpuShare cpu) {
        return drools.decide(nextCase());
    }

    @Benchmark
    public List<String> easyRules_javaRules(CpuShare cpu) {
        return easyRules.decide(nextCase());
    }
}
