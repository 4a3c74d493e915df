package org.crmkit.benchmarks.rules;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

import org.crmkit.core.deal.Deal;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.facts.DealFacts;

/**
 * Target 2 (time), beside {@link RuleLoadingBenchmark}: loads a 10,000-rule document several times in one fresh JVM
 * and prints, for each load, the wall time and what it cost in CPU — the loading thread's own CPU time, the whole
 * process's (garbage collection and JIT compilation included, on every core) and the collections it triggered. The
 * first load is the cold one (classes loaded, code interpreted and compiled as it runs). On a shared machine the wall
 * time includes waiting for a core; the CPU times do not, so they say what the load costs where it has the machine to
 * itself (the process CPU over 2 cores bounds the wall time from below, the thread's CPU from above, as the JIT and
 * the collector then run beside it), and the bytes the loading thread allocated. Run e.g. {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.crmkit.benchmarks.rules.RuleLoadingTimer 10000 5}.
 */
public final class RuleLoadingTimer {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Keeps the last set reachable, so that the JIT cannot drop a load. */
    private static volatile RuleSet<Deal> held;

    private RuleLoadingTimer() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String document = DealRuleDocuments.ruleSet(size);
        for (int i = 1; i <= loads; i++) {
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            long process = OS.getProcessCpuTime();
            long thread = THREADS.getCurrentThreadCpuTime();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long wall = System.nanoTime();
            held = RuleSetJson.read(document, DealFacts.SCHEMA);
            wall = System.nanoTime() - wall;
            thread = THREADS.getCurrentThreadCpuTime() - thread;
            allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
            process = OS.getProcessCpuTime() - process;
            if (held.rules().size() != size) {
                throw new IllegalStateException("expected " + size + " rules, loaded " + held.rules().size());
            }
            System.out.printf("load %d%s: wall %,d ms, loading thread CPU %,d ms, process CPU %,d ms, "
                            + "allocated %,.1f MB, %d collections (%,d ms), load average %.1f%n", i, i == 1 ? " (cold)" : "",
                    wall / 1_000_000, thread / 1_000_000, process / 1_000_000, allocated / 1e6, gcCount() - gcCount,
                    gcMillis() - gcMillis, OS.getSystemLoadAverage());
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
