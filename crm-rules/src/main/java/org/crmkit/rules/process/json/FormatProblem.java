package org.crmkit.rules.process.json;

import java.util.Objects;

/**
 * One thing wrong with a JSON process definition.
 *
 * @param path where, as a JSON path from the document root, e.g. {@code $.nodes[2].deadline}
 */
public record FormatProblem(String path, String messageEn, String messageRu) {
    public FormatProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageRu, "messageRu");
    }

    @Override
    public String toString() {
        return path + ": " + messageEn;
    }
}
