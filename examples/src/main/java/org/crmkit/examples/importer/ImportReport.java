package org.crmkit.examples.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: per file how many rows were read, created, already there (skipped as known) and refused;
 * every refused row with its reason; and every quirk of the source the importer corrected or worked around, with
 * how many rows it touched. A dry run fills the same report and writes nothing.
 */
public final class ImportReport {
    /** Row counts of one file. */
    public static final class FileCounts {
        public long read;
        public long created;
        public long alreadyImported;
        public long refused;

        @Override
        public String toString() {
            return "read " + read + ", created " + created + ", already imported " + alreadyImported
                    + ", refused " + refused;
        }
    }

    private final boolean dryRun;
    private final Map<String, FileCounts> files = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Long> quirks = new LinkedHashMap<>();
    private long chunks;

    public ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public FileCounts file(String name) {
        return files.computeIfAbsent(name, n -> new FileCounts());
    }

    public Map<String, FileCounts> files() {
        return files;
    }

    public void refuse(String file, long line, String column, String reason) {
        problems.add(new ImportProblem(file, line, column, reason));
        file(file).refused++;
    }

    /** Counts one more row touched by a quirk of the source. */
    public void quirk(String description) {
        quirks.merge(description, 1L, Long::sum);
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public Map<String, Long> quirks() {
        return Map.copyOf(quirks);
    }

    void chunkDone() {
        chunks++;
    }

    public long chunks() {
        return chunks;
    }

    /** A readable summary: files, quirks, then the first refused rows. */
    public String summary() {
        StringBuilder out = new StringBuilder(dryRun ? "DRY RUN (nothing written)\n" : "");
        files.forEach((f, c) -> out.append(String.format("%-28s %s%n", f, c)));
        quirks.forEach((q, n) -> out.append(String.format("quirk: %-90s %,d rows%n", q, n)));
        problems.stream().limit(20).forEach(p -> out.append("refused: ").append(p).append('\n'));
        if (problems.size() > 20) {
            out.append("... and ").append(problems.size() - 20).append(" more refused rows\n");
        }
        return out.toString();
    }
}
