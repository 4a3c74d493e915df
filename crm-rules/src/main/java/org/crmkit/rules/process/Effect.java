package org.crmkit.rules.process;

import java.util.List;
import java.util.Objects;

/**
 * What a step changes in the world: a description and the outputs it produces (documents, records, decisions).
 * The verifier uses it to find redundant steps: a step without an effect, or one repeating a step with the
 * same effect that always precedes it.
 */
public record Effect(String description, List<String> outputs) {
    public static final Effect NONE = new Effect("", List.of());

    public Effect {
        description = Objects.requireNonNull(description, "description").strip();
        outputs = List.copyOf(outputs);
        if (outputs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an output must not be blank");
        }
    }

    public static Effect of(String description, String... outputs) {
        return new Effect(description, List.of(outputs));
    }

    public boolean isNone() {
        return description.isEmpty() && outputs.isEmpty();
    }
}
