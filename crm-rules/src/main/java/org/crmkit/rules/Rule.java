package org.crmkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A business rule as data: when it is considered ({@link Trigger}), what must hold ({@link Condition}),
 * and what it asks for when it matches ({@link Effect}s). A sealed rule cannot be overridden or disabled
 * by a contributor.
 */
public record Rule(RuleId id, int version, String description, Trigger trigger, Condition when,
                   int priority, boolean sealed, List<Effect> effects) {
    public Rule {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException(id + ": a rule version starts at 1");
        }
        description = description == null ? "" : description;
        if (trigger == null || when == null) {
            throw new IllegalArgumentException(id + ": a rule has a trigger and a condition");
        }
        effects = List.copyOf(effects);
        if (effects.isEmpty()) {
            throw new IllegalArgumentException(id + ": a rule has at least one effect");
        }
    }

    public static Builder define(String id) {
        return new Builder(RuleId.of(id));
    }

    /** The same rule with another condition (what an override usually changes). */
    public Rule withCondition(Condition condition) {
        return new Rule(id, version, description, trigger, condition, priority, sealed, effects);
    }

    public boolean isCatchAll() {
        return when == Condition.Always.INSTANCE;
    }

    public static final class Builder {
        private final RuleId id;
        private int version = 1;
        private String description = "";
        private Trigger trigger;
        private Condition when = Condition.Always.INSTANCE;
        private int priority;
        private boolean sealed;
        private final List<Effect> effects = new ArrayList<>();

        private Builder(RuleId id) {
            this.id = id;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder on(Trigger trigger) {
            this.trigger = trigger;
            return this;
        }

        public Builder when(Condition condition) {
            this.when = condition;
            return this;
        }

        /** Higher goes first; equal priorities are ordered by id. */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        public Builder sealed() {
            this.sealed = true;
            return this;
        }

        public Builder then(Effect... effects) {
            this.effects.addAll(List.of(effects));
            return this;
        }

        public Rule build() {
            return new Rule(id, version, description, trigger, when, priority, sealed, effects);
        }
    }
}
