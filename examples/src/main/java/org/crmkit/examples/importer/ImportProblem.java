package org.crmkit.examples.importer;

/** A row the importer could not take, and why: the file, the line (header = 1), the column and the reason. */
public record ImportProblem(String file, long line, String column, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + " [" + column + "] " + reason;
    }
}
