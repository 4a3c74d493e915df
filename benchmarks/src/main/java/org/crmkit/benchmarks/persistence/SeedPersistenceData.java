package org.crmkit.benchmarks.persistence;

/**
 * Drops and reseeds the read benchmarks' data set (sizes from the bench.* system properties, see
 * {@link SeededCrm.Size#fromSystemProperties()}) and prints how long each step took: the seeding time reported in
 * RESULTS-persistence.md.
 */
public final class SeedPersistenceData {
    private SeedPersistenceData() {
    }

    public static void main(String[] args) throws Exception {
        SeededCrm.Size size = SeededCrm.Size.fromSystemProperties();
        System.out.println("[seed] " + size);
        long t = System.nanoTime();
        SeededCrm.seed(size);
        System.out.printf("[seed] total %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
}
