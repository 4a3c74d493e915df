package org.crmkit.core.deal;

import java.util.Objects;

/**
 * One rule a stage move breaks, with a stable code for programs and messages for people.
 *
 * @param code  stable identifier of the rule, e.g. {@code deal.amount.required}
 * @param field the deal field the rule is about (e.g. {@code amount}), or {@code null} when it is about none
 */
public record GateViolation(String code, String field, String messageEn, String messageRu) {
    public GateViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageRu, "messageRu");
    }
}
