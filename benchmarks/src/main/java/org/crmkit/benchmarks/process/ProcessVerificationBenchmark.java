package org.crmkit.benchmarks.process;

import java.util.concurrent.TimeUnit;

import org.crmkit.benchmarks.rules.CpuShare;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.verify.FindingCode;
import org.crmkit.rules.process.verify.ProcessVerifier;
import org.crmkit.rules.process.verify.VerificationReport;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3: verifying a 1,000-step process (1,100 nodes with the review decisions) in ≤ 100 ms. SampleTime gives the
 * mean and the percentiles of single verifications. The setup checks the report first: sound, with only the advice
 * to split a process this large, so the benchmark times a complete verification, not an early exit.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProcessVerificationBenchmark {
    @Param({"1000"})
    public int steps;

    private ProcessDefinition process;

    @Setup
    public void build() {
        process = LargeProcesses.reviewedChain(steps);
        VerificationReport report = ProcessVerifier.verify(process, ProcessCatalog.empty());
        if (!report.isSound() || !report.has(FindingCode.PROCESS_TOO_LARGE) || report.findings().size() != 1) {
            throw new IllegalStateException("unexpected verification of the benchmark process: " + report);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public VerificationReport verifyProcess(CpuShare cpu) {
        return ProcessVerifier.verify(process, ProcessCatalog.empty());
    }
}
