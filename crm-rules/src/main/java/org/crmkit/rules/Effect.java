package org.crmkit.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crmkit.core.organisation.RoleName;

/**
 * What a matched rule asks for, as data. Rules never change an aggregate: the application reads the effects
 * of an {@link Evaluation} and applies them (or, in a dry run, only shows them).
 */
public sealed interface Effect {
    /** A validation failure on a field (or on the whole record when the field is null). */
    record Violation(String code, String field, String messageEn, String messageRu) implements Effect {
        public Violation {
            requireText(code, "code");
            requireText(messageEn, "messageEn");
            requireText(messageRu, "messageRu");
        }
    }

    /** The operation must not go ahead. */
    record Block(String reasonEn, String reasonRu) implements Effect {
        public Block {
            requireText(reasonEn, "reasonEn");
            requireText(reasonRu, "reasonRu");
        }
    }

    /** The operation needs an approval by someone holding the role. */
    record RequireApproval(RoleName role, String reasonEn, String reasonRu) implements Effect {
        public RequireApproval {
            Objects.requireNonNull(role, "role");
            requireText(reasonEn, "reasonEn");
            requireText(reasonRu, "reasonRu");
        }
    }

    record Assign(Assignee to) implements Effect {
        public Assign {
            Objects.requireNonNull(to, "to");
        }
    }

    /** Raise the escalation level (1 is the first line above the assignee). */
    record Escalate(int level, String reasonEn, String reasonRu) implements Effect {
        public Escalate {
            if (level < 1) {
                throw new IllegalArgumentException("an escalation level starts at 1: " + level);
            }
            requireText(reasonEn, "reasonEn");
            requireText(reasonRu, "reasonRu");
        }
    }

    /**
     * Publish an integration event. Payload values are literals: strings, numbers ({@link BigDecimal}) and booleans.
     */
    record Emit(String eventType, Map<String, Object> payload) implements Effect {
        public Emit {
            requireText(eventType, "eventType");
            TreeMap<String, Object> copy = new TreeMap<>();
            payload.forEach((key, value) -> {
                Object normalised = value instanceof Number number ? FactSchema.toBigDecimal(number) : value;
                if (!(normalised instanceof String || normalised instanceof BigDecimal || normalised instanceof Boolean)) {
                    throw new IllegalArgumentException("payload '" + key + "' is not a string, number or boolean: " + value);
                }
                copy.put(key, normalised);
            });
            payload = java.util.Collections.unmodifiableMap(copy);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
