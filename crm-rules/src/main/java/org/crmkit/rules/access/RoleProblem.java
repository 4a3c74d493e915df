package org.crmkit.rules.access;

/** One problem of a roles document: where (a JSON path) and what. */
public record RoleProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
