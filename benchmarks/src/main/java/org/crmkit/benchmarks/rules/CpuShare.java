package org.crmkit.benchmarks.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A noise gauge for a shared machine, not a measurement of the code: for every iteration it prints which share of
 * the wall-clock time the benchmark thread actually ran on a CPU ({@code cpu share 0.35}: the thread was runnable but
 * waiting for a core 65% of the time, when other work loads the machine). JMH's scores are wall-clock; multiplied by
 * the share they estimate what the code costs on a core of its own. A benchmark method takes this state as a
 * parameter; it costs nothing per operation.
 */
@State(Scope.Thread)
public class CpuShare {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wallStart;
    private long cpuStart;

    @Setup(Level.Iteration)
    public void start() {
        wallStart = System.nanoTime();
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void report() {
        long wall = System.nanoTime() - wallStart;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(" [cpu share %.2f, load average %s]", (double) cpu / wall, loadAverage());
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
