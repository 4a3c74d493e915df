package org.crmkit.rules;

import java.util.Objects;

/**
 * One reason a rule set did not load, located by a JSON path into the submitted document (for rules built in
 * Java, a path that names the rule by id).
 */
public record LoadProblem(String path, Code code, String message) {
    public enum Code {
        /** The text is not JSON. */
        SYNTAX,
        /** The document's shape is wrong: a missing or unknown property, a value of the wrong JSON kind. */
        MALFORMED,
        UNKNOWN_FIELD,
        UNKNOWN_OPERATOR,
        TYPE_MISMATCH,
        MISSING_PARAM,
        DUPLICATE_ID,
        /** An override or disable names a rule the set does not have. */
        UNKNOWN_RULE,
        NO_CATCH_ALL,
        CONTRADICTION,
        SEALED_RULE,
        FOREIGN_NAMESPACE,
        /** The document was written for another fact schema. */
        WRONG_SCHEMA,
        /** A pipeline or transition policy names a stage (or status) it does not have. */
        UNKNOWN_STAGE,
        /** A pipeline breaks one of its invariants (see {@code org.crmkit.core.deal.Pipeline}). */
        INVALID_PIPELINE
    }

    public LoadProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message + " [" + code + "]";
    }
}
