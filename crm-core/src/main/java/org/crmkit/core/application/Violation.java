package org.crmkit.core.application;

import java.util.Objects;

/**
 * One reason a command was rejected: the path of the offending field ({@code "amount.currency"}, or empty for
 * the command as a whole), a stable code ({@code "NotBlank"}, {@code "phone.invalid"}) and the message in
 * English and Russian.
 */
public record Violation(String path, String code, String messageEn, String messageRu) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageRu, "messageRu");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + messageEn + " [" + code + "]";
    }
}
