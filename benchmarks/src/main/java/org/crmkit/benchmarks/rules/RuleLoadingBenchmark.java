package org.crmkit.benchmarks.rules;

import java.util.concurrent.TimeUnit;

import org.crmkit.core.deal.Deal;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.facts.DealFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2 (time): reading a 10,000-rule JSON document — parse, check against the schema, look for contradictions,
 * compile, hash the canonical form — in ≤ 1 s. The document string is built once in the setup; each operation reads
 * it whole. Run with {@code -prof gc} for the bytes allocated per load; the heap each rule keeps after the load is
 * measured by {@link RuleSetHeapFootprint}. The setup does not load the rules itself, so that with
 * {@code -bm ss -wi 0 -i 1} the measured load is the first of a fresh JVM (cold: classes loaded, code interpreted);
 * what was loaded is checked after the trial.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class RuleLoadingBenchmark {
    @Param({"10000"})
    public int rules;

    private String document;
    private RuleSet<Deal> lastLoaded;

    @Setup
    public void write() {
        document = DealRuleDocuments.ruleSet(rules);
    }

    @TearDown
    public void checkWhatWasLoaded() {
        int loaded = lastLoaded == null ? -1 : lastLoaded.rules().size();
        if (loaded != rules) {
            throw new IllegalStateException("expected " + rules + " rules, loaded " + loaded);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleSet<Deal> loadJsonRules(CpuShare cpu) {
        lastLoaded = RuleSetJson.read(document, DealFacts.SCHEMA);
        return lastLoaded;
    }
}
